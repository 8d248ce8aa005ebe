package io.github.mocksecretsmanager.engine;

import io.github.mocksecretsmanager.ReplicaRegion;
import io.github.mocksecretsmanager.RotationSettings;
import io.github.mocksecretsmanager.SecretMetadata;
import io.github.mocksecretsmanager.SecretSnapshot;
import io.github.mocksecretsmanager.SecretValue;
import io.github.mocksecretsmanager.SecretVersion;
import io.github.mocksecretsmanager.StagingLabels;
import io.github.mocksecretsmanager.Tag;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Secrets Manager operations on typed arguments, independent of HTTP. Thread-safe: every
 * operation locks the one secret it touches, so operations on different secrets never wait for
 * each other and operations on one secret are atomic.
 */
public final class SecretsEngine {

    static final long DEFAULT_RECOVERY_WINDOW_DAYS = 30;

    /** ListSecrets' page size when MaxResults is not given. */
    public static final int DEFAULT_LIST_PAGE_SIZE = 100;
    /** The most tags one secret may carry. */
    static final int MAX_TAGS = 50;
    /** A {@code rate(...)} schedule expression, the only kind whose next date is computed. */
    private static final Pattern RATE = Pattern.compile("rate\\((\\d+) (hours?|days?)\\)");

    private final SecretStore store;
    private final SecretArns arns;
    private final String region;
    private final PasswordGenerator passwords = new PasswordGenerator();
    private final Clock clock;
    private final int versionLimit;

    /**
     * @param versionLimit the most versions one secret may hold (AWS's undocumented quota); 0 for none
     */
    public SecretsEngine(String region, String accountId, Clock clock, int versionLimit) {
        this.arns = new SecretArns(region, accountId);
        this.region = region;
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
        List<ReplicaRegion> replicas = mergeReplicas(List.of(), request.replicas());
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
                null,
                !request.tags().isEmpty(),
                null,
                null,
                replicas);
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
        Collections.reverse(listed); // versions are stored oldest first
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

    /**
     * UpdateSecret: a new {@code AWSCURRENT} version when a value is given (the PutSecretValue rules,
     * idempotent for a repeated token and value), and a new description or KMS key when given.
     *
     * @param description the new description ({@code ""} removes it), or {@code null} to keep it
     * @param kmsKeyId the new KMS key id ({@code ""} for the default key), or {@code null} to keep it
     */
    public VersionResult updateSecret(
            String secretId, String token, SecretValue value, String description, String kmsKeyId) {
        if (value != null && token == null) {
            throw Errors.tokenRequired();
        }
        Instant now = now();
        return onWritableSecret(secretId, now, secret -> {
            SecretVersion version = value == null ? null : secret.putVersion(token, value, null, now, versionLimit);
            SecretMetadata metadata = secret.metadata();
            if (description != null) {
                metadata = metadata.withDescription(description);
            }
            if (kmsKeyId != null) {
                metadata = metadata.withKmsKeyId(kmsKeyId.isEmpty() ? null : kmsKeyId);
            }
            if (description != null || kmsKeyId != null) {
                metadata = metadata.withLastChangedDate(now);
            }
            secret.metadata(metadata);
            return new VersionResult(metadata, version);
        });
    }

    /** TagResource: adds tags; a key that is already there gets the new value. */
    public SecretMetadata tagResource(String secretId, List<Tag> tags) {
        Instant now = now();
        return onWritableSecret(secretId, now, secret -> {
            Map<String, Tag> byKey = new LinkedHashMap<>();
            secret.metadata().tags().forEach(tag -> byKey.put(tag.key(), tag));
            tags.forEach(tag -> byKey.put(tag.key(), tag));
            if (byKey.size() > MAX_TAGS) {
                throw Errors.tooManyTags(MAX_TAGS);
            }
            return updated(secret, secret.metadata().withTags(List.copyOf(byKey.values())), now);
        });
    }

    /** UntagResource: removes the tags with these keys; unknown keys are ignored. */
    public SecretMetadata untagResource(String secretId, List<String> tagKeys) {
        Instant now = now();
        return onWritableSecret(secretId, now, secret -> {
            List<Tag> kept = new ArrayList<>();
            for (Tag tag : secret.metadata().tags()) {
                if (!tagKeys.contains(tag.key())) {
                    kept.add(tag);
                }
            }
            return updated(secret, secret.metadata().withTags(kept), now);
        });
    }

    /** ListSecrets: each secret is read under its own lock; the result is sorted and paged. */
    public SecretPage listSecrets(SecretQuery query) {
        Instant now = now();
        List<SecretSnapshot> matching = new ArrayList<>();
        for (SecretSnapshot secret : store.each(now, secret -> listed(secret, query) ? secret.snapshot() : null)) {
            if (secret != null) {
                matching.add(secret);
            }
        }
        return SecretListing.page(matching, query);
    }

    private boolean listed(StoredSecret secret, SecretQuery query) {
        SecretMetadata metadata = secret.metadata();
        if (metadata.isScheduledForDeletion() && !query.includePlannedDeletion()) {
            return false;
        }
        for (SecretFilter filter : query.filters()) {
            if (!filter.matches(metadata, region)) {
                return false;
            }
        }
        return true;
    }

    /**
     * BatchGetSecretValue by ids: the {@code AWSCURRENT} value of each secret, read under that secret's
     * own lock, and an error entry for each one GetSecretValue would refuse.
     */
    public BatchResult batchGetSecretValue(List<String> secretIds) {
        List<VersionResult> values = new ArrayList<>();
        List<BatchResult.SecretError> errors = new ArrayList<>();
        for (String secretId : secretIds) {
            readInto(secretId, values, errors);
        }
        return new BatchResult(values, errors, null);
    }

    /** BatchGetSecretValue by filters: the secrets ListSecrets would list, one page at a time. */
    public BatchResult batchGetSecretValue(List<SecretFilter> filters, int maxResults, String nextToken) {
        SecretPage page = listSecrets(
                new SecretQuery(filters, false, SecretQuery.SortBy.CREATED_DATE, true, maxResults, nextToken));
        List<VersionResult> values = new ArrayList<>();
        List<BatchResult.SecretError> errors = new ArrayList<>();
        for (SecretSnapshot secret : page.secrets()) {
            readInto(secret.arn(), values, errors);
        }
        return new BatchResult(values, errors, page.nextToken());
    }

    private void readInto(String secretId, List<VersionResult> values, List<BatchResult.SecretError> errors) {
        try {
            values.add(getSecretValue(secretId, null, null));
        } catch (AwsException e) {
            errors.add(new BatchResult.SecretError(secretId, e.code().name(), e.getMessage()));
        }
    }

    /** GetRandomPassword. */
    public String getRandomPassword(PasswordSpec spec) {
        return passwords.generate(spec);
    }

    /**
     * RotateSecret: records the rotation configuration. With {@code rotateImmediately}, starts a
     * rotation the way the rotation function's first step would: a new version with the current value,
     * labelled {@code AWSPENDING}. No Lambda function is ever called; finishing the rotation (moving
     * {@code AWSCURRENT}) is left to the caller, e.g. with UpdateSecretVersionStage.
     *
     * @param lambdaArn the rotation function, or {@code null} to keep the configured one
     * @param rules the rotation rules, or {@code null} to keep the configured ones
     */
    public VersionResult rotateSecret(
            String secretId, String token, String lambdaArn, RotationRules rules, boolean rotateImmediately) {
        if (token == null) {
            throw Errors.rotationTokenRequired();
        }
        if (rules != null && rules.automaticallyAfterDays() != null && rules.scheduleExpression() != null) {
            throw Errors.conflictingRotationRules();
        }
        Instant now = now();
        return onWritableSecret(secretId, now, secret -> {
            RotationSettings configured = secret.metadata().rotation();
            String lambda = lambdaArn != null ? lambdaArn : configured == null ? null : configured.lambdaArn();
            if (lambda == null) {
                throw Errors.noRotationLambda();
            }
            RotationRules effective = rules != null
                    ? rules
                    : configured == null
                            ? new RotationRules(null, null, null)
                            : new RotationRules(
                                    configured.automaticallyAfterDays(),
                                    configured.duration(),
                                    configured.scheduleExpression());
            SecretVersion version = null;
            Instant lastRotated = configured == null ? null : configured.lastRotatedDate();
            if (rotateImmediately) {
                version = startRotation(secret, token, now);
                lastRotated = now;
            }
            RotationSettings rotation = new RotationSettings(
                    true,
                    lambda,
                    effective.automaticallyAfterDays(),
                    effective.duration(),
                    effective.scheduleExpression(),
                    lastRotated,
                    nextRotation(effective, lastRotated != null ? lastRotated : now));
            SecretMetadata metadata = updated(secret, secret.metadata().withRotation(rotation), now);
            return new VersionResult(metadata, version);
        });
    }

    private SecretVersion startRotation(StoredSecret secret, String token, Instant now) {
        SecretVersion current = secret.versionWithStage(StagingLabels.CURRENT);
        if (current == null) {
            throw Errors.valueNotFoundForStage(StagingLabels.CURRENT);
        }
        SecretVersion pending = secret.versionWithStage(StagingLabels.PENDING);
        if (pending != null
                && !pending.hasStage(StagingLabels.CURRENT)
                && !pending.versionId().equals(token)) {
            throw Errors.previousRotationIncomplete();
        }
        return secret.putVersion(token, current.value(), List.of(StagingLabels.PENDING), now, versionLimit);
    }

    /** When the next rotation is due; {@code null} for a cron schedule, which is not evaluated. */
    private static Instant nextRotation(RotationRules rules, Instant from) {
        if (rules.automaticallyAfterDays() != null) {
            return from.plus(Duration.ofDays(rules.automaticallyAfterDays()));
        }
        if (rules.scheduleExpression() != null) {
            Matcher rate = RATE.matcher(rules.scheduleExpression().trim());
            if (rate.matches()) {
                long amount = Long.parseLong(rate.group(1));
                return rate.group(2).startsWith("hour")
                        ? from.plus(Duration.ofHours(amount))
                        : from.plus(Duration.ofDays(amount));
            }
        }
        return null;
    }

    /**
     * CancelRotateSecret: turns automatic rotation off, keeping the function and rules on record.
     *
     * @return the secret, and the version of an unfinished rotation ({@code AWSPENDING} but not
     *     {@code AWSCURRENT}) if there is one
     */
    public VersionResult cancelRotateSecret(String secretId) {
        Instant now = now();
        return onWritableSecret(secretId, now, secret -> {
            RotationSettings configured = secret.metadata().rotation();
            SecretMetadata metadata = secret.metadata();
            if (configured != null) {
                metadata = updated(
                        secret,
                        metadata.withRotation(new RotationSettings(
                                false,
                                configured.lambdaArn(),
                                configured.automaticallyAfterDays(),
                                configured.duration(),
                                configured.scheduleExpression(),
                                configured.lastRotatedDate(),
                                null)),
                        now);
            }
            SecretVersion pending = secret.versionWithStage(StagingLabels.PENDING);
            boolean unfinished = pending != null && !pending.hasStage(StagingLabels.CURRENT);
            return new VersionResult(metadata, unfinished ? pending : null);
        });
    }

    /** PutResourcePolicy: the policy must be a JSON object; it is stored as given and never evaluated. */
    public SecretMetadata putResourcePolicy(String secretId, String policy) {
        PolicyDocuments.validate(policy);
        Instant now = now();
        return onWritableSecret(
                secretId, now, secret -> updated(secret, secret.metadata().withResourcePolicy(policy), now));
    }

    /** GetResourcePolicy: the secret, whose {@code resourcePolicy()} is {@code null} when there is none. */
    public SecretMetadata getResourcePolicy(String secretId) {
        return describeSecret(secretId).metadata();
    }

    /** DeleteResourcePolicy: succeeds also when there is no policy. */
    public SecretMetadata deleteResourcePolicy(String secretId) {
        Instant now = now();
        return onWritableSecret(secretId, now, secret -> {
            if (secret.metadata().resourcePolicy() == null) {
                return secret.metadata();
            }
            return updated(secret, secret.metadata().withResourcePolicy(null), now);
        });
    }

    /**
     * ValidateResourcePolicy: a policy that is a JSON object passes.
     *
     * @param secretId the secret the policy is meant for, or {@code null}; it must exist when given
     */
    public void validateResourcePolicy(String secretId, String policy) {
        if (secretId != null) {
            describeSecret(secretId);
        }
        PolicyDocuments.validate(policy);
    }

    /** ReplicateSecretToRegions: records each region as {@code InSync}; a region already there is updated. */
    public SecretMetadata replicateSecretToRegions(String secretId, List<ReplicaRegion> regions) {
        Instant now = now();
        mergeReplicas(List.of(), regions); // validates before the secret is looked up
        return onWritableSecret(secretId, now, secret -> {
            List<ReplicaRegion> merged = mergeReplicas(secret.metadata().replicas(), regions);
            return updated(secret, secret.metadata().withReplicas(merged), now);
        });
    }

    /** RemoveRegionsFromReplication: regions that are not replicas are ignored. */
    public SecretMetadata removeRegionsFromReplication(String secretId, List<String> regions) {
        Instant now = now();
        return onWritableSecret(secretId, now, secret -> {
            List<ReplicaRegion> kept = new ArrayList<>();
            for (ReplicaRegion replica : secret.metadata().replicas()) {
                if (!regions.contains(replica.region())) {
                    kept.add(replica);
                }
            }
            return updated(secret, secret.metadata().withReplicas(kept), now);
        });
    }

    /**
     * StopReplicationToReplica: called with a replica's ARN (the secret's ARN in the replica's region),
     * removes that region from the primary secret's replication; the replica itself lives in no server.
     *
     * @return the replica's ARN
     */
    public String stopReplicationToReplica(String secretId) {
        String replicaRegion = SecretArns.looksLikeArn(secretId) ? SecretArns.regionOf(secretId) : null;
        if (replicaRegion == null || replicaRegion.equals(region)) {
            describeSecret(secretId); // a primary secret: not found, or not a replica
            throw Errors.notAReplica();
        }
        Instant now = now();
        return onWritableSecret(SecretArns.withRegion(secretId, region), now, secret -> {
            List<ReplicaRegion> kept = new ArrayList<>();
            for (ReplicaRegion replica : secret.metadata().replicas()) {
                if (!replica.region().equals(replicaRegion)) {
                    kept.add(replica);
                }
            }
            if (kept.size() == secret.metadata().replicas().size()) {
                throw Errors.secretNotFound(); // no replica in that region
            }
            updated(secret, secret.metadata().withReplicas(kept), now);
            return SecretArns.withRegion(secret.metadata().arn(), replicaRegion);
        });
    }

    private List<ReplicaRegion> mergeReplicas(List<ReplicaRegion> existing, List<ReplicaRegion> added) {
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

    /** The region secrets of this engine live in. */
    public String region() {
        return region;
    }

    /** Runs {@code action} on a live secret that is not scheduled for deletion, under its lock. */
    private <T> T onWritableSecret(String secretId, Instant now, Function<StoredSecret, T> action) {
        StoredSecret secret = resolve(secretId, now);
        synchronized (secret) {
            checkLive(secret);
            checkNotDeleted(secret);
            return action.apply(secret);
        }
    }

    private static SecretMetadata updated(StoredSecret secret, SecretMetadata metadata, Instant now) {
        SecretMetadata changed = metadata.withLastChangedDate(now);
        secret.metadata(changed);
        return changed;
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
