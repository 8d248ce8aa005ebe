package io.github.mocksecretsmanager.internal.engine;

import static io.github.mocksecretsmanager.internal.engine.SecretAccess.checkLive;
import static io.github.mocksecretsmanager.internal.engine.SecretAccess.checkNotDeleted;
import static io.github.mocksecretsmanager.internal.engine.SecretAccess.checkNotReplica;
import static io.github.mocksecretsmanager.internal.engine.SecretAccess.validatedId;

import io.github.mocksecretsmanager.model.ReplicaRegion;
import io.github.mocksecretsmanager.model.SecretMetadata;
import io.github.mocksecretsmanager.model.SecretValue;
import io.github.mocksecretsmanager.model.SecretVersion;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** CreateSecret, DeleteSecret and RestoreSecret: a secret's coming into being and going away. */
final class SecretLifecycle {

    static final long DEFAULT_RECOVERY_WINDOW_DAYS = 30;

    private final SecretAccess access;
    private final SecretReplication replication;

    SecretLifecycle(SecretAccess access, SecretReplication replication) {
        this.access = access;
        this.replication = replication;
    }

    VersionResult createSecret(NewSecret request, boolean forceOverwriteReplicas) {
        SecretNames.validateName(request.name());
        String token = request.clientRequestToken();
        SecretValue value = request.value();
        if (value != null && token == null) {
            throw Errors.tokenRequired();
        }
        List<ReplicaRegion> replicas = replication.merge(List.of(), request.replicas());
        Instant now = access.now();
        SecretMetadata metadata = SecretMetadata.builder()
                .name(request.name())
                .arn(access.arns().newArn(request.name()))
                .description(request.description())
                .kmsKeyId(request.kmsKeyId())
                .tags(request.tags())
                .createdDate(now)
                .type(request.type())
                .build();
        StoredSecret fresh = new StoredSecret(metadata);
        SecretVersion first = value != null && token != null ? access.putVersion(fresh, token, value, null, now) : null;
        StoredSecret holder = access.store().publishIfAbsent(fresh, now);
        if (holder == null) {
            if (replicas.isEmpty()) {
                return new VersionResult(fresh.metadata(), first);
            }
            synchronized (fresh) {
                SecretMetadata replicated = replication.addReplicas(fresh, replicas, forceOverwriteReplicas, now);
                SecretReplication.syncReplicas(access, fresh);
                return new VersionResult(replicated, first);
            }
        }
        synchronized (holder) {
            if (holder.metadata().isScheduledForDeletion()) {
                throw Errors.nameScheduledForDeletion();
            }
            SecretVersion earlier = token == null ? null : holder.version(token);
            if (earlier != null) {
                if (earlier.hasValue() && earlier.value().equals(value)) {
                    return new VersionResult(holder.metadata(), earlier); // an idempotent retry
                }
                throw Errors.tokenInUse(earlier.versionId(), holder.metadata().arn());
            }
            throw Errors.alreadyExists(request.name());
        }
    }

    SecretMetadata deleteSecret(String secretId, @Nullable Long recoveryWindowDays, boolean force) {
        if (force && recoveryWindowDays != null) {
            throw Errors.recoveryWindowWithForce();
        }
        if (recoveryWindowDays != null && (recoveryWindowDays < 7 || recoveryWindowDays > 30)) {
            throw Errors.recoveryWindowOutOfRange();
        }
        Instant now = access.now();
        if (force) {
            StoredSecret secret = access.store().resolve(validatedId(secretId), now);
            if (secret == null) {
                return forgottenSecret(secretId, now);
            }
            synchronized (secret) {
                checkDeletable(secret);
                access.store().remove(secret);
                return scheduledForDeletion(secret.metadata(), now, now);
            }
        }
        StoredSecret secret = access.resolve(secretId, now);
        synchronized (secret) {
            checkLive(secret);
            checkDeletable(secret);
            checkNotDeleted(secret);
            long days = recoveryWindowDays == null ? DEFAULT_RECOVERY_WINDOW_DAYS : recoveryWindowDays;
            secret.metadata(scheduledForDeletion(secret.metadata(), now, now.plus(Duration.ofDays(days))));
            return secret.metadata();
        }
    }

    /** A replica goes with its primary's replication; a primary only once it has no replicas left. */
    private static void checkDeletable(StoredSecret secret) {
        checkNotReplica(secret);
        List<ReplicaRegion> replicas = secret.metadata().replicas();
        if (!replicas.isEmpty()) {
            throw Errors.stillHasReplicas(
                    secret.metadata().arn(),
                    replicas.stream().map(ReplicaRegion::region).toList());
        }
    }

    /** What AWS answers when a forced delete names a secret that does not exist. */
    private SecretMetadata forgottenSecret(String secretId, Instant now) {
        String arn =
                SecretArns.looksLikeArn(secretId) ? secretId : access.arns().newArn(secretId);
        return SecretMetadata.builder()
                .name(secretId)
                .arn(arn)
                .createdDate(now)
                .deletedDate(now)
                .deletionDate(now)
                .build();
    }

    private static SecretMetadata scheduledForDeletion(SecretMetadata metadata, Instant now, Instant deletionDate) {
        return metadata.toBuilder()
                .lastChangedDate(now)
                .deletedDate(now)
                .deletionDate(deletionDate)
                .build();
    }

    SecretMetadata restoreSecret(String secretId) {
        Instant now = access.now();
        StoredSecret secret = access.resolve(secretId, now);
        synchronized (secret) {
            checkLive(secret);
            checkNotReplica(secret);
            if (secret.metadata().isScheduledForDeletion()) {
                secret.metadata(secret.metadata().toBuilder()
                        .lastChangedDate(now)
                        .deletedDate(null)
                        .deletionDate(null)
                        .build());
            }
            return secret.metadata();
        }
    }
}
