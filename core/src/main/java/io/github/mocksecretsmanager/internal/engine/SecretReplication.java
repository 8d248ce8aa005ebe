package io.github.mocksecretsmanager.internal.engine;

import static io.github.mocksecretsmanager.internal.engine.SecretAccess.checkLive;
import static io.github.mocksecretsmanager.internal.engine.SecretAccess.updated;

import io.github.mocksecretsmanager.model.ReplicaRegion;
import io.github.mocksecretsmanager.model.SecretMetadata;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * ReplicateSecretToRegions, RemoveRegionsFromReplication and StopReplicationToReplica, and keeping
 * replicas in step with their primary secret.
 *
 * <p>A replica is a secret of the replica region's engine (same account, same name, the primary's ARN
 * with the other region) whose metadata names its {@link SecretMetadata#primaryRegion() primary
 * region}. It holds a copy of the primary's versions, labels and metadata (tags, description,
 * resource policy, rotation settings) and its own KMS key; every write to the primary copies the
 * primary to its replicas before the write answers. Locks are taken primary first, then replica.
 */
final class SecretReplication {

    private final SecretAccess access;

    SecretReplication(SecretAccess access) {
        this.access = access;
    }

    SecretMetadata replicateSecretToRegions(String secretId, List<ReplicaRegion> regions, boolean forceOverwrite) {
        Instant now = access.now();
        merge(List.of(), regions); // validates before the secret is looked up
        return access.onWritableSecret(secretId, now, secret -> addReplicas(secret, regions, forceOverwrite, now));
    }

    /**
     * Creates a replica in each region for {@code primary}, whose lock the caller holds, and records
     * their status on it; the caller brings the new replicas up to date.
     */
    SecretMetadata addReplicas(StoredSecret primary, List<ReplicaRegion> regions, boolean forceOverwrite, Instant now) {
        List<ReplicaRegion> statuses = new ArrayList<>(regions.size());
        for (ReplicaRegion region : regions) {
            statuses.add(createReplica(primary, region, forceOverwrite, now));
        }
        List<ReplicaRegion> merged = merge(primary.metadata().replicas(), statuses);
        return updated(primary, primary.metadata().toBuilder().replicas(merged).build(), now);
    }

    private ReplicaRegion createReplica(StoredSecret primary, ReplicaRegion region, boolean force, Instant now) {
        SecretAccess target = access.engines()
                .engine(new Scope(access.scope().accountId(), region.region()))
                .access();
        String replicaArn = SecretArns.withRegion(primary.metadata().arn(), region.region());
        StoredSecret fresh = new StoredSecret(
                replicaMetadata(primary.metadata(), replicaArn, access.region(), region.kmsKeyId(), null));
        while (true) {
            StoredSecret holder = target.store().publishIfAbsent(fresh, now);
            if (holder == null) {
                return ReplicaRegion.inSync(region.region(), region.kmsKeyId());
            }
            synchronized (holder) {
                if (holder.metadata().arn().equals(replicaArn)
                        && holder.metadata().isReplica()) {
                    return ReplicaRegion.inSync(region.region(), region.kmsKeyId()); // already this secret's replica
                }
                if (!force) {
                    // moto (test_replicate_secret__existing_secret) answers Failed and leaves both secrets.
                    return ReplicaRegion.builder()
                            .region(region.region())
                            .kmsKeyId(region.kmsKeyId())
                            .status("Failed")
                            .statusMessage("Replication failed: Secret name "
                                    + primary.metadata().name() + " already exists in region " + region.region() + ".")
                            .build();
                }
            }
            target.store().remove(holder); // ForceOverwriteReplicaSecret: the other secret goes
        }
    }

    SecretMetadata removeRegionsFromReplication(String secretId, List<String> regions) {
        Instant now = access.now();
        return access.onWritableSecret(secretId, now, secret -> {
            for (ReplicaRegion replica : secret.metadata().replicas()) {
                if (regions.contains(replica.region())) {
                    StoredSecret held = findReplica(access, secret.metadata(), replica.region(), now);
                    if (held != null) {
                        owningStore(access, replica.region()).remove(held);
                    }
                }
            }
            List<ReplicaRegion> kept = without(secret.metadata().replicas(), regions::contains);
            return updated(secret, secret.metadata().toBuilder().replicas(kept).build(), now);
        });
    }

    /**
     * Called in the replica's region: the replica becomes a standalone secret and its region leaves
     * the primary secret's replication.
     */
    String stopReplicationToReplica(String secretId) {
        Instant now = access.now();
        StoredSecret replica = access.resolve(secretId, now);
        String primaryRegion;
        String replicaArn;
        synchronized (replica) {
            checkLive(replica);
            primaryRegion = replica.metadata().primaryRegion();
            replicaArn = replica.metadata().arn();
        }
        if (primaryRegion == null) {
            throw Errors.notAReplica();
        }
        SecretsEngine primaryEngine =
                access.engines().existing(new Scope(access.scope().accountId(), primaryRegion));
        StoredSecret primary = primaryEngine == null
                ? null
                : primaryEngine.access().store().resolve(SecretArns.withRegion(replicaArn, primaryRegion), now);
        if (primary != null) {
            synchronized (primary) {
                if (!primary.isRemoved()) {
                    String region = access.region();
                    List<ReplicaRegion> kept = without(primary.metadata().replicas(), region::equals);
                    updated(
                            primary,
                            primary.metadata().toBuilder().replicas(kept).build(),
                            now);
                }
            }
        }
        synchronized (replica) {
            checkLive(replica);
            if (replica.metadata().isReplica()) {
                updated(
                        replica,
                        replica.metadata().toBuilder().primaryRegion(null).build(),
                        now);
            }
        }
        return replicaArn;
    }

    /** Copies {@code primary}, whose lock the caller holds, to each of its replicas that exists. */
    static void syncReplicas(SecretAccess access, StoredSecret primary) {
        Instant now = access.now();
        SecretMetadata metadata = primary.metadata();
        for (ReplicaRegion region : metadata.replicas()) {
            StoredSecret replica = findReplica(access, metadata, region.region(), now);
            if (replica == null) {
                continue;
            }
            synchronized (replica) {
                if (!replica.isRemoved() && replica.metadata().isReplica()) {
                    replica.replicate(
                            primary,
                            replicaMetadata(
                                    metadata,
                                    replica.metadata().arn(),
                                    access.region(),
                                    region.kmsKeyId(),
                                    replica.metadata().lastAccessedDate()));
                }
            }
        }
    }

    /** The replica of {@code primary} in {@code region}, or {@code null} (never created, or removed). */
    private static @Nullable StoredSecret findReplica(
            SecretAccess access, SecretMetadata primary, String region, Instant now) {
        SecretsEngine engine =
                access.engines().existing(new Scope(access.scope().accountId(), region));
        if (engine == null) {
            return null;
        }
        StoredSecret candidate = engine.access().store().resolve(primary.name(), now);
        if (candidate == null) {
            return null;
        }
        synchronized (candidate) {
            boolean ours = candidate.metadata().isReplica()
                    && candidate.metadata().arn().equals(SecretArns.withRegion(primary.arn(), region));
            return ours ? candidate : null;
        }
    }

    private static SecretStore owningStore(SecretAccess access, String region) {
        return access.engines()
                .engine(new Scope(access.scope().accountId(), region))
                .access()
                .store();
    }

    /** What a replica's metadata is: the primary's, with the replica's ARN and KMS key, and no replicas. */
    private static SecretMetadata replicaMetadata(
            SecretMetadata primary,
            String replicaArn,
            String primaryRegion,
            @Nullable String kmsKeyId,
            @Nullable Instant lastAccessedDate) {
        return primary.toBuilder()
                .arn(replicaArn)
                .kmsKeyId(kmsKeyId)
                .replicas(List.of())
                .primaryRegion(primaryRegion)
                .lastAccessedDate(lastAccessedDate)
                .build();
    }

    /**
     * {@code existing} with {@code added} put in, a region already there replaced in place; refuses the
     * primary region and a region named twice in {@code added}.
     */
    List<ReplicaRegion> merge(List<ReplicaRegion> existing, List<ReplicaRegion> added) {
        String region = access.region();
        Map<String, ReplicaRegion> byRegion = new LinkedHashMap<>();
        existing.forEach(replica -> byRegion.put(replica.region(), replica));
        List<String> seen = new ArrayList<>();
        for (ReplicaRegion replica : added) {
            if (replica.region().equals(region)) {
                throw Errors.replicaIsPrimaryRegion(region);
            }
            if (seen.contains(replica.region())) {
                throw Errors.duplicateReplicaRegion(replica.region());
            }
            seen.add(replica.region());
            byRegion.put(replica.region(), replica);
        }
        return List.copyOf(byRegion.values());
    }

    private static List<ReplicaRegion> without(List<ReplicaRegion> replicas, Predicate<String> removedRegion) {
        List<ReplicaRegion> kept = new ArrayList<>();
        for (ReplicaRegion replica : replicas) {
            if (!removedRegion.test(replica.region())) {
                kept.add(replica);
            }
        }
        return kept;
    }
}
