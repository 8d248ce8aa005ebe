package io.github.mocksecretsmanager.internal.engine;

import static io.github.mocksecretsmanager.internal.engine.SecretAccess.updated;

import io.github.mocksecretsmanager.model.RotationSettings;
import io.github.mocksecretsmanager.model.SecretMetadata;
import io.github.mocksecretsmanager.model.SecretVersion;
import io.github.mocksecretsmanager.model.StagingLabels;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * RotateSecret and CancelRotateSecret, and what Secrets Manager does around a rotation function: the
 * value-less {@code AWSPENDING} version a rotation starts with, the rotation dates, rotations that
 * fall due by their schedule. The {@link RotationLauncher} runs the function's steps.
 */
final class SecretRotation {

    private final SecretAccess access;
    private final RotationLauncher launcher;

    SecretRotation(SecretAccess access, RotationLauncher launcher) {
        this.access = access;
        this.launcher = launcher;
    }

    VersionResult rotateSecret(
            String secretId,
            @Nullable String token,
            @Nullable String lambdaArn,
            @Nullable RotationRules rules,
            boolean rotateImmediately,
            @Nullable ExternalRotation external) {
        if (token == null) {
            throw Errors.rotationTokenRequired();
        }
        if (rules != null && rules.automaticallyAfterDays() != null && rules.scheduleExpression() != null) {
            throw Errors.conflictingRotationRules();
        }
        Instant now = access.now();
        LauncherNotice notice = new LauncherNotice();
        VersionResult result;
        try {
            result = access.onWritableSecret(secretId, now, secret -> {
                RotationSettings configured = secret.metadata().rotation();
                String lambda = lambdaArn != null ? lambdaArn : configured == null ? null : configured.lambdaArn();
                String roleArn = external != null && external.roleArn() != null
                        ? external.roleArn()
                        : configured == null ? null : configured.externalSecretRotationRoleArn();
                Map<String, String> externalMetadata = external != null && external.metadata() != null
                        ? external.metadata()
                        : configured == null ? Map.of() : configured.externalSecretRotationMetadata();
                boolean managed =
                        lambda == null && (roleArn != null || secret.metadata().type() != null);
                if (lambda == null && !managed) {
                    throw Errors.noRotationLambda();
                }
                // A managed external secret is rotated by Secrets Manager and the partner, without a function.
                RotationLauncher.Invocation invocation =
                        lambda == null ? RotationLauncher.Invocation.RECORD_ONLY : launcher.invocationOf(lambda);
                if (invocation == RotationLauncher.Invocation.DENIED) {
                    notice.deniedLambdaArn = lambda;
                    throw Errors.cannotInvokeRotationFunction(); // before anything is stored, as on AWS
                }
                checkNoRotationUnderWay(secret, token);
                RotationRules effective = rules != null ? rules : rulesOf(configured);
                // Rules given now are checked as AWS checks them, before anything is stored.
                RotationSchedule schedule = rules != null ? RotationSchedule.of(rules) : scheduleOf(effective);
                SecretVersion version;
                if (managed) {
                    version = rotateImmediately ? managedRotation(secret, token, now) : null;
                } else if (invocation == RotationLauncher.Invocation.RECORD_ONLY) {
                    version = rotateImmediately ? recordOnly(secret, token, now) : null;
                } else {
                    String function = Objects.requireNonNull(lambda);
                    version = secret.addPendingPlaceholder(token, now);
                    notice.started = new RotationStart(
                            secret.metadata().arn(), secret.metadata().name(), token, function, !rotateImmediately);
                }
                Instant lastRotated = configured == null ? null : configured.lastRotatedDate();
                if (invocation == RotationLauncher.Invocation.RECORD_ONLY && rotateImmediately) {
                    lastRotated = now;
                }
                RotationSettings rotation = RotationSettings.builder()
                        .enabled(true)
                        .lambdaArn(lambda)
                        .automaticallyAfterDays(effective.automaticallyAfterDays())
                        .duration(effective.duration())
                        .scheduleExpression(effective.scheduleExpression())
                        .lastRotatedDate(lastRotated)
                        .nextRotationDate(nextRotation(schedule, lastRotated != null ? lastRotated : now))
                        .externalSecretRotationMetadata(externalMetadata)
                        .externalSecretRotationRoleArn(roleArn)
                        .build();
                SecretMetadata metadata = updated(
                        secret, secret.metadata().toBuilder().rotation(rotation).build(), now);
                // A test-only rotation's version is not part of the answer: AWS answers no VersionId then.
                return new VersionResult(metadata, rotateImmediately ? version : null);
            });
        } finally {
            if (notice.deniedLambdaArn != null) {
                launcher.invocationDenied(notice.deniedLambdaArn);
            }
        }
        if (notice.started != null) {
            launcher.launch(notice.started);
        }
        return result;
    }

    /** What RotateSecret tells the launcher once the secret's lock is released. */
    private static final class LauncherNotice {
        @Nullable
        RotationStart started;

        @Nullable
        String deniedLambdaArn;
    }

    private static RotationRules rulesOf(@Nullable RotationSettings configured) {
        return configured == null
                ? new RotationRules(null, null, null)
                : new RotationRules(
                        configured.automaticallyAfterDays(), configured.duration(), configured.scheduleExpression());
    }

    /**
     * A rotation is under way while {@code AWSPENDING} sits on a version other than {@code AWSCURRENT}'s;
     * retrying RotateSecret with that rotation's token is allowed (AWS treats the token as idempotent).
     */
    private static void checkNoRotationUnderWay(StoredSecret secret, String token) {
        SecretVersion pending = secret.versionWithStage(StagingLabels.PENDING);
        if (isRotationUnderWay(secret)
                && pending != null
                && !pending.versionId().equals(token)) {
            throw Errors.previousRotationIncomplete();
        }
    }

    private static boolean isRotationUnderWay(StoredSecret secret) {
        SecretVersion pending = secret.versionWithStage(StagingLabels.PENDING);
        return pending != null && !pending.hasStage(StagingLabels.CURRENT);
    }

    /**
     * A managed external secret's rotation, done by Secrets Manager and the partner without a function:
     * it completes at once, the new version taking {@code AWSCURRENT} (the old one {@code AWSPREVIOUS}).
     * The partner's new credential cannot be made here, so the new version carries the current value.
     */
    private SecretVersion managedRotation(StoredSecret secret, String token, Instant now) {
        checkNoRotationUnderWay(secret, token);
        SecretVersion current = secret.versionWithStage(StagingLabels.CURRENT);
        if (current == null || !current.hasValue()) {
            throw Errors.valueNotFoundForStage(StagingLabels.CURRENT);
        }
        return access.putVersion(secret, token, current.value(), null, now);
    }

    /** The documented record-only behaviour: an {@code AWSPENDING} copy of the current value. */
    private SecretVersion recordOnly(StoredSecret secret, String token, Instant now) {
        SecretVersion current = secret.versionWithStage(StagingLabels.CURRENT);
        if (current == null || !current.hasValue()) {
            throw Errors.valueNotFoundForStage(StagingLabels.CURRENT);
        }
        return access.putVersion(secret, token, current.value(), List.of(StagingLabels.PENDING), now);
    }

    /**
     * What Secrets Manager does when a rotation's last step has returned: {@code AWSPENDING} leaves the
     * new version (recorded against AWS: after a rotation the new version carries {@code AWSCURRENT}
     * alone) and the rotation dates move on.
     *
     * @return whether {@code AWSCURRENT} is on the rotation's version, i.e. whether it succeeded
     */
    boolean completeRotation(String secretArn, String token) {
        Instant now = access.now();
        return access.onWritableSecret(secretArn, now, secret -> {
            SecretVersion version = secret.version(token);
            if (version == null || !version.hasStage(StagingLabels.CURRENT)) {
                return false;
            }
            if (version.hasStage(StagingLabels.PENDING)) {
                secret.moveStage(StagingLabels.PENDING, token, null, now);
            }
            RotationSettings configured = secret.metadata().rotation();
            if (configured != null) {
                RotationSettings rotated = configured.toBuilder()
                        .lastRotatedDate(now)
                        .nextRotationDate(
                                configured.enabled() ? nextRotation(scheduleOf(rulesOf(configured)), now) : null)
                        .build();
                updated(secret, secret.metadata().toBuilder().rotation(rotated).build(), now);
            }
            return true;
        });
    }

    /** Ends the {@code testSecret}-only check of {@code RotateImmediately=false}: its version goes. */
    void endTestRotation(String secretArn, String token) {
        Instant now = access.now();
        access.onWritableSecret(secretArn, now, secret -> {
            secret.removePlaceholder(token);
            return Boolean.TRUE;
        });
    }

    /**
     * Starts every rotation whose {@code NextRotationDate} has come, as Secrets Manager's scheduler
     * would; a secret whose previous rotation is unfinished waits.
     */
    void startDueRotations(Instant now) {
        List<RotationStart> due = new ArrayList<>();
        access.store().each(now, secret -> {
            RotationSettings rotation = secret.metadata().rotation();
            if (rotation != null
                    && rotation.enabled()
                    && rotation.lambdaArn() != null
                    && rotation.nextRotationDate() != null
                    && !now.isBefore(rotation.nextRotationDate())
                    && !secret.metadata().isScheduledForDeletion()
                    && !secret.metadata().isReplica() // rotated through its primary
                    && !isRotationUnderWay(secret)) {
                SecretMetadata metadata = secret.metadata();
                due.add(new RotationStart(
                        metadata.arn(), metadata.name(), UUID.randomUUID().toString(), rotation.lambdaArn(), false));
            }
            return Boolean.TRUE;
        });
        for (RotationStart start : due) {
            try {
                rotateSecret(start.secretArn(), start.token(), null, null, true, null);
            } catch (AwsException e) {
                launcher.launchFailed(start, e);
            }
        }
    }

    /**
     * The {@code NextRotationDate} AWS reports: the last second of the next rotation window, "the latest
     * date that rotation will occur" (DescribeSecret API reference; a daily window shows as
     * {@code 23:59:59} UTC in recorded DescribeSecret output). A rotation falls due once the clock
     * passes it. {@code null} without a schedule.
     */
    private static @Nullable Instant nextRotation(@Nullable RotationSchedule schedule, Instant from) {
        return schedule == null
                ? null
                : schedule.nextWindowStart(from).plus(schedule.window()).minusSeconds(1);
    }

    /** The schedule of rules that have one; {@code null} for rules without a frequency or expression. */
    private static @Nullable RotationSchedule scheduleOf(RotationRules rules) {
        boolean scheduled = rules.automaticallyAfterDays() != null || rules.scheduleExpression() != null;
        return scheduled ? RotationSchedule.of(rules) : null;
    }

    VersionResult cancelRotateSecret(String secretId) {
        Instant now = access.now();
        VersionResult result = access.onWritableSecret(secretId, now, secret -> {
            RotationSettings configured = secret.metadata().rotation();
            SecretMetadata metadata = secret.metadata();
            if (configured != null) {
                RotationSettings off = configured.toBuilder()
                        .enabled(false)
                        .nextRotationDate(null)
                        .build();
                metadata = updated(secret, metadata.toBuilder().rotation(off).build(), now);
            }
            return new VersionResult(
                    metadata, isRotationUnderWay(secret) ? secret.versionWithStage(StagingLabels.PENDING) : null);
        });
        launcher.cancel(result.secret().arn());
        return result;
    }
}
