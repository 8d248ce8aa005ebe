package io.github.mocksecretsmanager.internal.engine;

import io.github.mocksecretsmanager.model.ReplicaRegion;
import io.github.mocksecretsmanager.model.SecretMetadata;
import io.github.mocksecretsmanager.model.SecretSnapshot;
import io.github.mocksecretsmanager.model.SecretValue;
import io.github.mocksecretsmanager.model.Tag;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The Secrets Manager operations on typed arguments for one account and region ({@link #scope()}),
 * independent of HTTP; {@link Engines} holds the engine of every account and region. Thread-safe: every
 * operation locks the one secret it touches, so operations on different secrets never wait for
 * each other and operations on one secret are atomic.
 *
 * <p>The operations are implemented, grouped by concern, by the package-private classes {@code
 * SecretLifecycle}, {@code SecretVersions}, {@code SecretAttributes}, {@code SecretBulkReads}, {@code
 * SecretRotation} and {@code SecretReplication}, which share one {@code SecretAccess}.
 *
 * <p>Every operation that may remove a secret for good (directly, or by finding it past its deletion
 * date) tells the {@link RotationLauncher} about it before returning, once it holds no lock: none may
 * be called under a secret's lock.
 */
public final class SecretsEngine {

    /** ListSecrets' page size when MaxResults is not given. */
    public static final int DEFAULT_LIST_PAGE_SIZE = 100;

    private final SecretAccess access;
    private final SecretLifecycle lifecycle;
    private final SecretVersions versions;
    private final SecretAttributes attributes;
    private final SecretBulkReads bulkReads;
    private final SecretRotation rotation;
    private final SecretReplication replication;
    private final PasswordGenerator passwords = new PasswordGenerator();
    private final SecretHints hints;
    private final PurgedSecrets purged;

    /** Created by {@link Engines}, which every engine of a server shares. */
    SecretsEngine(
            Scope scope,
            Engines engines,
            Clock clock,
            int versionLimit,
            RotationLauncher launcher,
            PurgedSecrets purged) {
        this.purged = purged;
        this.access = new SecretAccess(scope, engines, clock, versionLimit, purged);
        this.replication = new SecretReplication(access);
        this.lifecycle = new SecretLifecycle(access, replication);
        this.versions = new SecretVersions(access, launcher);
        this.attributes = new SecretAttributes(access);
        this.bulkReads = new SecretBulkReads(access, versions);
        this.rotation = new SecretRotation(access, launcher);
        this.hints = new SecretHints(access);
    }

    SecretAccess access() {
        return access;
    }

    /** The account and region this engine's secrets live in. */
    public Scope scope() {
        return access.scope();
    }

    /** CreateSecret; replicas requested are created at once, without replacing a secret in their way. */
    public VersionResult createSecret(NewSecret request) {
        return createSecret(request, false);
    }

    /**
     * CreateSecret.
     *
     * @param forceOverwriteReplicas whether a replica replaces a secret of the same name in its region
     */
    public VersionResult createSecret(NewSecret request, boolean forceOverwriteReplicas) {
        return reportingPurges(() -> lifecycle.createSecret(request, forceOverwriteReplicas));
    }

    /**
     * PutSecretValue.
     *
     * @param stages the staging labels to attach, or {@code null} to move {@code AWSCURRENT}
     */
    public VersionResult putSecretValue(
            String secretId, @Nullable String token, SecretValue value, @Nullable List<String> stages) {
        return reportingPurges(() -> versions.putSecretValue(secretId, token, value, stages, null));
    }

    /**
     * PutSecretValue from a rotation function.
     *
     * @param rotationToken the event's {@code RotationToken}: it must be that of the secret's rotation
     *     under way, or the answer is {@code AccessDeniedException}
     */
    public VersionResult putSecretValue(
            String secretId,
            @Nullable String token,
            SecretValue value,
            @Nullable List<String> stages,
            @Nullable String rotationToken) {
        return reportingPurges(() -> versions.putSecretValue(secretId, token, value, stages, rotationToken));
    }

    /** GetSecretValue: by version id, by staging label, by both (they must agree), or AWSCURRENT. */
    public VersionResult getSecretValue(String secretId, @Nullable String versionId, @Nullable String stage) {
        return reportingPurges(() -> versions.getSecretValue(secretId, versionId, stage));
    }

    /** DescribeSecret: also answers for a secret scheduled for deletion, as AWS does. */
    public SecretSnapshot describeSecret(String secretId) {
        return reportingPurges(() -> access.describe(secretId));
    }

    /**
     * ListSecretVersionIds, newest version first.
     *
     * @param maxResults page size, or {@code null} for all
     * @param nextToken the token of the previous page, or {@code null} for the first
     */
    public VersionPage listSecretVersionIds(
            String secretId, boolean includeDeprecated, @Nullable Integer maxResults, @Nullable String nextToken) {
        return reportingPurges(() -> versions.listSecretVersionIds(secretId, includeDeprecated, maxResults, nextToken));
    }

    /** UpdateSecretVersionStage. */
    public SecretMetadata updateSecretVersionStage(
            String secretId, String stage, @Nullable String removeFrom, @Nullable String moveTo) {
        return reportingPurges(() -> versions.updateSecretVersionStage(secretId, stage, removeFrom, moveTo));
    }

    /**
     * DeleteSecret. A forced delete of an unknown secret succeeds, as on AWS.
     *
     * @param recoveryWindowDays 7 to 30, or {@code null} for the default of 30
     */
    public SecretMetadata deleteSecret(String secretId, @Nullable Long recoveryWindowDays, boolean force) {
        return reportingPurges(() -> lifecycle.deleteSecret(secretId, recoveryWindowDays, force));
    }

    /** RestoreSecret: cancels a scheduled deletion; a no-op for a secret that is not scheduled. */
    public SecretMetadata restoreSecret(String secretId) {
        return reportingPurges(() -> lifecycle.restoreSecret(secretId));
    }

    /**
     * UpdateSecret: a new {@code AWSCURRENT} version when a value is given (the PutSecretValue rules,
     * idempotent for a repeated token and value), and a new description or KMS key when given.
     *
     * @param description the new description ({@code ""} removes it), or {@code null} to keep it
     * @param kmsKeyId the new KMS key id ({@code ""} for the default key), or {@code null} to keep it
     */
    public VersionResult updateSecret(
            String secretId,
            @Nullable String token,
            @Nullable SecretValue value,
            @Nullable String description,
            @Nullable String kmsKeyId) {
        return updateSecret(secretId, token, value, description, kmsKeyId, null);
    }

    /**
     * UpdateSecret with a managed external secret's {@code Type}.
     *
     * @param type the new type, or {@code null} to keep it
     */
    public VersionResult updateSecret(
            String secretId,
            @Nullable String token,
            @Nullable SecretValue value,
            @Nullable String description,
            @Nullable String kmsKeyId,
            @Nullable String type) {
        return reportingPurges(() -> attributes.updateSecret(secretId, token, value, description, kmsKeyId, type));
    }

    /** TagResource: adds tags; a key that is already there gets the new value. */
    public SecretMetadata tagResource(String secretId, List<Tag> tags) {
        return reportingPurges(() -> attributes.tagResource(secretId, tags));
    }

    /** UntagResource: removes the tags with these keys; unknown keys are ignored. */
    public SecretMetadata untagResource(String secretId, List<String> tagKeys) {
        return reportingPurges(() -> attributes.untagResource(secretId, tagKeys));
    }

    /** ListSecrets: each secret is read under its own lock; the result is sorted and paged. */
    public SecretPage listSecrets(SecretQuery query) {
        return reportingPurges(() -> bulkReads.listSecrets(query));
    }

    /**
     * BatchGetSecretValue by ids: the {@code AWSCURRENT} value of each secret, read under that secret's
     * own lock, and an error entry for each one GetSecretValue would refuse.
     */
    public BatchResult batchGetSecretValue(List<String> secretIds) {
        return reportingPurges(() -> bulkReads.batchGetSecretValue(secretIds));
    }

    /** BatchGetSecretValue by filters: the secrets ListSecrets would list, one page at a time. */
    public BatchResult batchGetSecretValue(List<SecretFilter> filters, int maxResults, @Nullable String nextToken) {
        return reportingPurges(() -> bulkReads.batchGetSecretValue(filters, maxResults, nextToken));
    }

    /** GetRandomPassword. */
    public String getRandomPassword(PasswordSpec spec) {
        return passwords.generate(spec);
    }

    /**
     * RotateSecret: stores the rotation configuration and, for a function the launcher runs, adds the
     * version the rotation will fill (no value, {@code AWSPENDING}, the token as its id), then hands the
     * rotation to the launcher. For a function it only records, adds an {@code AWSPENDING} copy of the
     * current value instead; for one it cannot invoke, answers {@code AccessDeniedException} and stores
     * nothing.
     *
     * @param lambdaArn the rotation function, or {@code null} to keep the configured one
     * @param rules the rotation rules, or {@code null} to keep the configured ones
     * @param rotateImmediately {@code false}: only the {@code testSecret} step runs, with a version
     *     that is removed afterwards
     */
    public VersionResult rotateSecret(
            String secretId,
            @Nullable String token,
            @Nullable String lambdaArn,
            @Nullable RotationRules rules,
            boolean rotateImmediately) {
        return rotateSecret(secretId, token, lambdaArn, rules, rotateImmediately, null);
    }

    /**
     * RotateSecret, also of a managed external secret: with {@code ExternalSecretRotationRoleArn} (given
     * now or earlier) or a {@code Type}, and no rotation function, the secret is rotated as a managed
     * external secret: the metadata and role are recorded and the rotation completes without a function.
     *
     * @param external the managed rotation's metadata and role, or {@code null} when not given
     */
    public VersionResult rotateSecret(
            String secretId,
            @Nullable String token,
            @Nullable String lambdaArn,
            @Nullable RotationRules rules,
            boolean rotateImmediately,
            @Nullable ExternalRotation external) {
        return reportingPurges(
                () -> rotation.rotateSecret(secretId, token, lambdaArn, rules, rotateImmediately, external));
    }

    /**
     * What Secrets Manager does after a rotation's {@code finishSecret} step returned: drops {@code
     * AWSPENDING} from the new version and moves the rotation dates on.
     *
     * @return whether {@code AWSCURRENT} is on the rotation's version (the rotation succeeded)
     */
    public boolean completeRotation(String secretArn, String token) {
        return reportingPurges(() -> rotation.completeRotation(secretArn, token));
    }

    /** Removes the version of a {@code RotateImmediately=false} check once its {@code testSecret} has run. */
    public void endTestRotation(String secretArn, String token) {
        runReportingPurges(() -> rotation.endTestRotation(secretArn, token));
    }

    /**
     * CancelRotateSecret: turns automatic rotation off, keeping the function and rules on record.
     *
     * @return the secret, and the version of an unfinished rotation ({@code AWSPENDING} but not
     *     {@code AWSCURRENT}) if there is one
     */
    public VersionResult cancelRotateSecret(String secretId) {
        return reportingPurges(() -> rotation.cancelRotateSecret(secretId));
    }

    /** PutResourcePolicy without {@code BlockPublicPolicy}: {@link #putResourcePolicy(String, String, boolean)}. */
    public SecretMetadata putResourcePolicy(String secretId, String policy) {
        return putResourcePolicy(secretId, policy, false);
    }

    /**
     * PutResourcePolicy: the policy must follow the IAM grammar ({@code MalformedPolicyDocumentException});
     * it is stored as given and never evaluated.
     *
     * @param blockPublicPolicy whether a policy granting broad access is refused ({@code PublicPolicyException})
     */
    public SecretMetadata putResourcePolicy(String secretId, String policy, boolean blockPublicPolicy) {
        return reportingPurges(() -> attributes.putResourcePolicy(secretId, policy, blockPublicPolicy));
    }

    /** GetResourcePolicy: the secret, whose {@code resourcePolicy()} is {@code null} when there is none. */
    public SecretMetadata getResourcePolicy(String secretId) {
        return reportingPurges(() -> attributes.getResourcePolicy(secretId));
    }

    /** DeleteResourcePolicy: succeeds also when there is no policy. */
    public SecretMetadata deleteResourcePolicy(String secretId) {
        return reportingPurges(() -> attributes.deleteResourcePolicy(secretId));
    }

    /**
     * ValidateResourcePolicy: a policy that breaks the IAM grammar is {@code MalformedPolicyDocumentException};
     * one granting broad access gets a validation error.
     *
     * @param secretId the secret the policy is meant for, or {@code null}; it must exist when given
     * @return the validation errors; empty when the policy passes
     */
    public List<PolicyValidationError> validateResourcePolicy(@Nullable String secretId, String policy) {
        return reportingPurges(() -> attributes.validateResourcePolicy(secretId, policy));
    }

    /**
     * ReplicateSecretToRegions: creates a replica in each region ({@code InSync}), or records the region
     * as {@code Failed} where another secret holds the name and {@code forceOverwrite} is off; a region
     * already there is updated.
     */
    public SecretMetadata replicateSecretToRegions(
            String secretId, List<ReplicaRegion> regions, boolean forceOverwrite) {
        return reportingPurges(() -> replication.replicateSecretToRegions(secretId, regions, forceOverwrite));
    }

    /** RemoveRegionsFromReplication: deletes the replicas; regions that are not replicas are ignored. */
    public SecretMetadata removeRegionsFromReplication(String secretId, List<String> regions) {
        return reportingPurges(() -> replication.removeRegionsFromReplication(secretId, regions));
    }

    /**
     * StopReplicationToReplica, called in the replica's region: the replica becomes a standalone secret
     * and its region leaves the primary secret's replication.
     *
     * @return the replica's ARN
     */
    public String stopReplicationToReplica(String secretId) {
        return reportingPurges(() -> replication.stopReplicationToReplica(secretId));
    }

    /** The region secrets of this engine live in. */
    public String region() {
        return access.region();
    }

    /** Every live secret, including those scheduled for deletion, in no particular order. */
    public List<SecretSnapshot> snapshots() {
        return reportingPurges(() -> access.store().each(access.now(), StoredSecret::snapshot));
    }

    /** The secret a name or ARN refers to, if it exists. */
    public Optional<SecretSnapshot> find(String secretId) {
        return reportingPurges(() -> {
            StoredSecret secret = access.store().resolve(secretId, access.now());
            if (secret == null) {
                return Optional.empty();
            }
            synchronized (secret) {
                return secret.isRemoved() ? Optional.empty() : Optional.of(secret.snapshot());
            }
        });
    }

    /** The name and ARN of the secret a name or ARN refers to, or {@code null}; never throws. */
    public @Nullable SecretRef identify(String secretId) {
        return reportingPurges(() -> hints.identify(secretId));
    }

    /**
     * Why a name or ARN refers to no secret (a similar name, another region or account, an older ARN),
     * or {@code null} when there is nothing useful to say. Never part of an answer on the wire.
     */
    public @Nullable String notFoundHint(String secretId) {
        return reportingPurges(() -> hints.notFound(secretId));
    }

    /**
     * Does what time alone does on AWS, as of the clock's current time: removes secrets whose
     * deletion date has come, prunes the deprecated versions AWS would prune and starts the rotations
     * whose {@code NextRotationDate} has come.
     */
    public void runDueWork() {
        runReportingPurges(() -> {
            Instant now = access.now();
            access.store().each(now, secret -> {
                secret.prune(now);
                return Boolean.TRUE;
            });
            rotation.startDueRotations(now);
        });
    }

    /** Removes every secret. */
    public void reset() {
        runReportingPurges(() -> access.store().clear());
    }

    /**
     * Runs one operation, then reports the secrets it removed for good to the launcher, now that the
     * operation holds no lock any more (see {@link PurgedSecrets}).
     */
    private <T> T reportingPurges(Supplier<T> operation) {
        try {
            return operation.get();
        } finally {
            purged.report();
        }
    }

    private void runReportingPurges(Runnable operation) {
        try {
            operation.run();
        } finally {
            purged.report();
        }
    }

    /** A fresh version id, for callers that seed values without a token of their own. */
    public static String newVersionId() {
        return UUID.randomUUID().toString();
    }
}
