package io.github.mocksecretsmanager.internal.engine;

import static io.github.mocksecretsmanager.internal.engine.SecretAccess.updated;

import io.github.mocksecretsmanager.model.ReplicaRegion;
import io.github.mocksecretsmanager.model.SecretMetadata;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * ReplicateSecretToRegions, RemoveRegionsFromReplication and StopReplicationToReplica. Replicas are
 * only recorded on the primary secret; no server holds them.
 */
final class SecretReplication {

    private final SecretAccess access;

    SecretReplication(SecretAccess access) {
        this.access = access;
    }

    SecretMetadata replicateSecretToRegions(String secretId, List<ReplicaRegion> regions) {
        Instant now = access.now();
        merge(List.of(), regions); // validates before the secret is looked up
        return access.onWritableSecret(secretId, now, secret -> {
            List<ReplicaRegion> merged = merge(secret.metadata().replicas(), regions);
            return updated(
                    secret, secret.metadata().toBuilder().replicas(merged).build(), now);
        });
    }

    SecretMetadata removeRegionsFromReplication(String secretId, List<String> regions) {
        Instant now = access.now();
        return access.onWritableSecret(secretId, now, secret -> {
            List<ReplicaRegion> kept = without(secret.metadata().replicas(), regions::contains);
            return updated(secret, secret.metadata().toBuilder().replicas(kept).build(), now);
        });
    }

    String stopReplicationToReplica(String secretId) {
        String region = access.region();
        String replicaRegion = SecretArns.looksLikeArn(secretId) ? SecretArns.regionOf(secretId) : null;
        if (replicaRegion == null || replicaRegion.equals(region)) {
            access.describe(secretId); // a primary secret: not found, or not a replica
            throw Errors.notAReplica();
        }
        Instant now = access.now();
        return access.onWritableSecret(SecretArns.withRegion(secretId, region), now, secret -> {
            List<ReplicaRegion> kept = without(secret.metadata().replicas(), listed -> listed.equals(replicaRegion));
            if (kept.size() == secret.metadata().replicas().size()) {
                throw Errors.secretNotFound(); // no replica in that region
            }
            updated(secret, secret.metadata().toBuilder().replicas(kept).build(), now);
            return SecretArns.withRegion(secret.metadata().arn(), replicaRegion);
        });
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
