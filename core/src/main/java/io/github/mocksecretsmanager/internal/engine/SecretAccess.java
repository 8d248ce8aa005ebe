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
    private final String region;
    private final Clock clock;
    private final int versionLimit;

    SecretAccess(String region, String accountId, Clock clock, int versionLimit) {
        this.arns = new SecretArns(region, accountId);
        this.region = region;
        this.store = new SecretStore(arns);
        this.clock = clock;
        this.versionLimit = versionLimit;
    }

    SecretStore store() {
        return store;
    }

    SecretArns arns() {
        return arns;
    }

    /** The region secrets of this engine live in. */
    String region() {
        return region;
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

    /** Runs {@code action} on a live secret that is not scheduled for deletion, under its lock. */
    <T> T onWritableSecret(String secretId, Instant now, Function<StoredSecret, T> action) {
        StoredSecret secret = resolve(secretId, now);
        synchronized (secret) {
            checkLive(secret);
            checkNotDeleted(secret);
            return action.apply(secret);
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
