package io.github.mocksecretsmanager.internal.engine;

import io.github.mocksecretsmanager.model.SecretMetadata;
import io.github.mocksecretsmanager.model.SecretSnapshot;
import io.github.mocksecretsmanager.model.SecretValue;
import io.github.mocksecretsmanager.model.SecretVersion;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * What every group of operations shares: the one {@link SecretStore}, the clock, and the rules for
 * finding a secret by name or ARN and checking it under its lock.
 */
final class SecretAccess {

    private final SecretStore store;
    private final SecretArns arns;
    private final Scope scope;
    private final Engines engines;
    private final Clock clock;
    private final int versionLimit;

    SecretAccess(Scope scope, Engines engines, Clock clock, int versionLimit, PurgedSecrets purged) {
        this.arns = new SecretArns(scope);
        this.scope = scope;
        this.engines = engines;
        this.store = new SecretStore(arns, purged);
        this.clock = clock;
        this.versionLimit = versionLimit;
    }

    /** The account and region these secrets live in. */
    Scope scope() {
        return scope;
    }

    /** Every account and region of the server, for replication. */
    Engines engines() {
        return engines;
    }

    SecretStore store() {
        return store;
    }

    SecretArns arns() {
        return arns;
    }

    /** The region secrets of this engine live in. */
    String region() {
        return scope.region();
    }

    Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    /** Adds a version to {@code secret}, within the engine's limit of versions per secret. */
    SecretVersion putVersion(
            StoredSecret secret, String token, SecretValue value, @Nullable List<String> stages, Instant now) {
        return secret.putVersion(token, value, stages, now, versionLimit);
    }

    /** The secret a validated name or ARN refers to; not found when there is none. */
    StoredSecret resolve(String secretId, Instant now) {
        StoredSecret secret = store.resolve(validatedId(secretId), now);
        if (secret == null) {
            throw Errors.secretNotFound();
        }
        return secret;
    }

    static String validatedId(String secretId) {
        if (!SecretArns.looksLikeArn(secretId)) {
            SecretNames.validateName(secretId);
        }
        return secretId;
    }

    /** DescribeSecret: also answers for a secret scheduled for deletion, as AWS does. */
    SecretSnapshot describe(String secretId) {
        Instant now = now();
        StoredSecret secret = resolve(secretId, now);
        synchronized (secret) {
            checkLive(secret);
            return secret.snapshot();
        }
    }

    /**
     * Runs {@code action} on a live secret that is not scheduled for deletion and not a replica, under
     * its lock, then brings the secret's replicas up to date with it.
     */
    <T> T onWritableSecret(String secretId, Instant now, Function<StoredSecret, T> action) {
        StoredSecret secret = resolve(secretId, now);
        synchronized (secret) {
            checkLive(secret);
            checkNotReplica(secret);
            checkNotDeleted(secret);
            T result = action.apply(secret);
            if (!secret.metadata().replicas().isEmpty()) {
                SecretReplication.syncReplicas(this, secret);
            }
            return result;
        }
    }

    /**
     * Runs {@code action} on a live secret that is not scheduled for deletion, replicas included, under
     * its lock: for reads that record their access (GetSecretValue).
     */
    <T> T onReadableSecret(String secretId, Instant now, Function<StoredSecret, T> action) {
        StoredSecret secret = resolve(secretId, now);
        synchronized (secret) {
            checkLive(secret);
            checkNotDeleted(secret);
            return action.apply(secret);
        }
    }

    /** A replica changes only through its primary secret. */
    static void checkNotReplica(StoredSecret secret) {
        if (secret.metadata().isReplica()) {
            throw Errors.notPermittedOnReplica();
        }
    }

    /** Stores {@code metadata} as the secret's, marked as changed {@code now}, and returns it. */
    static SecretMetadata updated(StoredSecret secret, SecretMetadata metadata, Instant now) {
        SecretMetadata changed = metadata.toBuilder().lastChangedDate(now).build();
        secret.metadata(changed);
        return changed;
    }

    /** A secret can be removed between its lookup and taking its lock. */
    static void checkLive(StoredSecret secret) {
        if (secret.isRemoved()) {
            throw Errors.secretNotFound();
        }
    }

    static void checkNotDeleted(StoredSecret secret) {
        if (secret.metadata().isScheduledForDeletion()) {
            throw Errors.markedForDeletion();
        }
    }
}
