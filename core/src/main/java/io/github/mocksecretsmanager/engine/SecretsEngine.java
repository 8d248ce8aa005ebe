package io.github.mocksecretsmanager.engine;

import io.github.mocksecretsmanager.SecretMetadata;
import io.github.mocksecretsmanager.SecretSnapshot;
import io.github.mocksecretsmanager.SecretValue;
import io.github.mocksecretsmanager.SecretVersion;
import io.github.mocksecretsmanager.StagingLabels;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The Secrets Manager operations on typed arguments, independent of HTTP. Thread-safe: every
 * operation locks the one secret it touches, so operations on different secrets never wait for
 * each other and operations on one secret are atomic.
 */
public final class SecretsEngine {

    static final long DEFAULT_RECOVERY_WINDOW_DAYS = 30;

    private final SecretStore store;
    private final SecretArns arns;
    private final Clock clock;
    private final int versionLimit;

    /**
     * @param versionLimit the most versions one secret may hold (AWS's undocumented quota); 0 for none
     */
    public SecretsEngine(String region, String accountId, Clock clock, int versionLimit) {
        this.arns = new SecretArns(region, accountId);
        this.store = new SecretStore(arns);
        this.clock = clock;
        this.versionLimit = versionLimit;
    }

    public VersionResult createSecret(NewSecret request) {
        SecretNames.validateName(request.name());
        String token = request.clientRequestToken();
        if (request.value() != null && token == null) {
            throw Errors.tokenRequired();
        }
        Instant now = now();
        SecretMetadata metadata = new SecretMetadata(
                request.name(),
                arns.newArn(request.name()),
                request.description(),
                request.kmsKeyId(),
                request.tags(),
                now,
                now,
                null,
                null,
                null);
        StoredSecret fresh = new StoredSecret(metadata);
        SecretVersion first =
                request.value() == null ? null : fresh.putVersion(token, request.value(), null, now, versionLimit);
        StoredSecret holder = store.publishIfAbsent(fresh, now);
        if (holder == null) {
            return new VersionResult(fresh.metadata(), first);
        }
        synchronized (holder) {
            if (holder.metadata().isScheduledForDeletion()) {
                throw Errors.nameScheduledForDeletion();
            }
            SecretVersion earlier = token == null ? null : holder.version(token);
            if (earlier != null && earlier.value().equals(request.value())) {
                return new VersionResult(holder.metadata(), earlier); // an idempotent retry
            }
            if (earlier != null) {
                throw Errors.tokenInUse(token, holder.metadata().arn());
            }
            throw Errors.alreadyExists(request.name());
        }
    }

    /**
     * PutSecretValue.
     *
     * @param stages the staging labels to attach, or {@code null} to move {@code AWSCURRENT}
     */
    public VersionResult putSecretValue(String secretId, String token, SecretValue value, List<String> stages) {
        if (token == null) {
            throw Errors.tokenRequired();
        }
        Instant now = now();
        StoredSecret secret = resolve(secretId, now);
        synchronized (secret) {
            checkLive(secret);
            checkNotDeleted(secret);
            SecretVersion version = secret.putVersion(token, value, stages, now, versionLimit);
            return new VersionResult(secret.metadata(), version);
        }
    }

    /** GetSecretValue: by version id, by staging label, by both (they must agree), or AWSCURRENT. */
    public VersionResult getSecretValue(String secretId, String versionId, String stage) {
        Instant now = now();
        StoredSecret secret = resolve(secretId, now);
        synchronized (secret) {
            checkLive(secret);
            checkNotDeleted(secret);
            SecretVersion version;
            if (versionId != null) {
                version = secret.version(versionId);
                if (version == null) {
                    throw Errors.valueNotFoundForVersion(versionId);
                }
                if (stage != null && !version.hasStage(stage)) {
                    throw Errors.stageNotOnRequestedVersion();
                }
            } else {
                String wanted = stage != null ? stage : StagingLabels.CURRENT;
                version = secret.versionWithStage(wanted);
                if (version == null) {
                    throw Errors.valueNotFoundForStage(wanted);
                }
            }
            secret.recordAccess(version, now.truncatedTo(ChronoUnit.DAYS));
            return new VersionResult(secret.metadata(), secret.version(version.versionId()));
        }
    }

    /** DescribeSecret: also answers for a secret scheduled for deletion, as AWS does. */
    public SecretSnapshot describeSecret(String secretId) {
        Instant now = now();
        StoredSecret secret = resolve(secretId, now);
        synchronized (secret) {
            checkLive(secret);
            return secret.snapshot();
        }
    }

    /**
     * ListSecretVersionIds, newest version first.
     *
     * @param maxResults page size, or {@code null} for all
     * @param nextToken the token of the previous page, or {@code null} for the first
     */
    public VersionPage listSecretVersionIds(
            String secretId, boolean includeDeprecated, Integer maxResults, String nextToken) {
        Instant now = now();
        StoredSecret secret = resolve(secretId, now);
        List<SecretVersion> listed = new ArrayList<>();
        SecretMetadata metadata;
        synchronized (secret) {
            checkLive(secret);
            metadata = secret.metadata();
            for (SecretVersion version : secret.versions()) {
                if (includeDeprecated || !version.isDeprecated()) {
                    listed.add(version);
                }
            }
        }
        listed.sort(Comparator.comparing(SecretVersion::createdDate).reversed());
        int start = 0;
        if (nextToken != null) {
            String resumeAt = decodePageToken(nextToken);
            start = indexOf(listed, resumeAt);
            if (start < 0) {
                throw Errors.invalidNextToken();
            }
        }
        int end = maxResults == null ? listed.size() : Math.min(listed.size(), start + maxResults);
        String token = end < listed.size() ? encodePageToken(listed.get(end).versionId()) : null;
        return new VersionPage(metadata, List.copyOf(listed.subList(start, end)), token);
    }

    /** UpdateSecretVersionStage. */
    public SecretMetadata updateSecretVersionStage(String secretId, String stage, String removeFrom, String moveTo) {
        Instant now = now();
        StoredSecret secret = resolve(secretId, now);
        synchronized (secret) {
            checkLive(secret);
            checkNotDeleted(secret);
            secret.moveStage(stage, removeFrom, moveTo, now);
            return secret.metadata();
        }
    }

    /**
     * DeleteSecret. A forced delete of an unknown secret succeeds, as on AWS.
     *
     * @param recoveryWindowDays 7 to 30, or {@code null} for the default of 30
     */
    public SecretMetadata deleteSecret(String secretId, Long recoveryWindowDays, boolean force) {
        if (force && recoveryWindowDays != null) {
            throw Errors.recoveryWindowWithForce();
        }
        if (recoveryWindowDays != null && (recoveryWindowDays < 7 || recoveryWindowDays > 30)) {
            throw Errors.recoveryWindowOutOfRange();
        }
        Instant now = now();
        if (force) {
            StoredSecret secret = store.resolve(validatedId(secretId), now);
            if (secret == null) {
                return forgottenSecret(secretId, now);
            }
            synchronized (secret) {
                store.remove(secret);
                return secret.metadata().withDeletion(now, now);
            }
        }
        StoredSecret secret = resolve(secretId, now);
        synchronized (secret) {
            checkLive(secret);
            checkNotDeleted(secret);
            long days = recoveryWindowDays == null ? DEFAULT_RECOVERY_WINDOW_DAYS : recoveryWindowDays;
            secret.metadata(secret.metadata().withDeletion(now, now.plus(Duration.ofDays(days))));
            return secret.metadata();
        }
    }

    /** RestoreSecret: cancels a scheduled deletion; a no-op for a secret that is not scheduled. */
    public SecretMetadata restoreSecret(String secretId) {
        Instant now = now();
        StoredSecret secret = resolve(secretId, now);
        synchronized (secret) {
            checkLive(secret);
            if (secret.metadata().isScheduledForDeletion()) {
                secret.metadata(secret.metadata().withoutDeletion(now));
            }
            return secret.metadata();
        }
    }

    /** Every live secret, including those scheduled for deletion, in no particular order. */
    public List<SecretSnapshot> snapshots() {
        return store.each(now(), StoredSecret::snapshot);
    }

    /** The secret a name or ARN refers to, if it exists. */
    public Optional<SecretSnapshot> find(String secretId) {
        Instant now = now();
        StoredSecret secret = store.resolve(secretId, now);
        if (secret == null) {
            return Optional.empty();
        }
        synchronized (secret) {
            return secret.isRemoved() ? Optional.empty() : Optional.of(secret.snapshot());
        }
    }

    /** Removes every secret. */
    public void reset() {
        store.clear();
    }

    /** A fresh version id, for callers that seed values without a token of their own. */
    public static String newVersionId() {
        return UUID.randomUUID().toString();
    }

    private StoredSecret resolve(String secretId, Instant now) {
        StoredSecret secret = store.resolve(validatedId(secretId), now);
        if (secret == null) {
            throw Errors.secretNotFound();
        }
        return secret;
    }

    private static String validatedId(String secretId) {
        if (!SecretArns.looksLikeArn(secretId)) {
            SecretNames.validateName(secretId);
        }
        return secretId;
    }

    /** A secret can be removed between its lookup and taking its lock. */
    private static void checkLive(StoredSecret secret) {
        if (secret.isRemoved()) {
            throw Errors.secretNotFound();
        }
    }

    private static void checkNotDeleted(StoredSecret secret) {
        if (secret.metadata().isScheduledForDeletion()) {
            throw Errors.markedForDeletion();
        }
    }

    /** What AWS answers when a forced delete names a secret that does not exist. */
    private SecretMetadata forgottenSecret(String secretId, Instant now) {
        String arn = SecretArns.looksLikeArn(secretId) ? secretId : arns.newArn(secretId);
        return new SecretMetadata(secretId, arn, null, null, List.of(), now, now, null, now, now);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    private static int indexOf(List<SecretVersion> versions, String versionId) {
        for (int i = 0; i < versions.size(); i++) {
            if (versions.get(i).versionId().equals(versionId)) {
                return i;
            }
        }
        return -1;
    }

    private static String encodePageToken(String versionId) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(versionId.getBytes(StandardCharsets.UTF_8));
    }

    private static String decodePageToken(String token) {
        try {
            return new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw Errors.invalidNextToken();
        }
    }
}
