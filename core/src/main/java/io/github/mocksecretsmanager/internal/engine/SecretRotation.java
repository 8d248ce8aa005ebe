package io.github.mocksecretsmanager.internal.engine;

import static io.github.mocksecretsmanager.internal.engine.SecretAccess.updated;

import io.github.mocksecretsmanager.model.RotationSettings;
import io.github.mocksecretsmanager.model.SecretMetadata;
import io.github.mocksecretsmanager.model.SecretVersion;
import io.github.mocksecretsmanager.model.StagingLabels;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * RotateSecret and CancelRotateSecret: the rotation configuration, and the {@code AWSPENDING} version
 * a rotation starts with. No rotation function is ever called.
 */
final class SecretRotation {

    /** A {@code rate(...)} schedule expression, the only kind whose next date is computed. */
    private static final Pattern RATE = Pattern.compile("rate\\((\\d+) (hours?|days?)\\)");

    private final SecretAccess access;

    SecretRotation(SecretAccess access) {
        this.access = access;
    }

    VersionResult rotateSecret(
            String secretId,
            @Nullable String token,
            @Nullable String lambdaArn,
            @Nullable RotationRules rules,
            boolean rotateImmediately) {
        if (token == null) {
            throw Errors.rotationTokenRequired();
        }
        if (rules != null && rules.automaticallyAfterDays() != null && rules.scheduleExpression() != null) {
            throw Errors.conflictingRotationRules();
        }
        Instant now = access.now();
        return access.onWritableSecret(secretId, now, secret -> {
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
            RotationSettings rotation = RotationSettings.builder()
                    .enabled(true)
                    .lambdaArn(lambda)
                    .automaticallyAfterDays(effective.automaticallyAfterDays())
                    .duration(effective.duration())
                    .scheduleExpression(effective.scheduleExpression())
                    .lastRotatedDate(lastRotated)
                    .nextRotationDate(nextRotation(effective, lastRotated != null ? lastRotated : now))
                    .build();
            SecretMetadata metadata = updated(
                    secret, secret.metadata().toBuilder().rotation(rotation).build(), now);
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
        return access.putVersion(secret, token, current.value(), List.of(StagingLabels.PENDING), now);
    }

    /** When the next rotation is due; {@code null} for a cron schedule, which is not evaluated. */
    private static @Nullable Instant nextRotation(RotationRules rules, Instant from) {
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

    VersionResult cancelRotateSecret(String secretId) {
        Instant now = access.now();
        return access.onWritableSecret(secretId, now, secret -> {
            RotationSettings configured = secret.metadata().rotation();
            SecretMetadata metadata = secret.metadata();
            if (configured != null) {
                RotationSettings off = configured.toBuilder()
                        .enabled(false)
                        .nextRotationDate(null)
                        .build();
                metadata = updated(secret, metadata.toBuilder().rotation(off).build(), now);
            }
            SecretVersion pending = secret.versionWithStage(StagingLabels.PENDING);
            boolean unfinished = pending != null && !pending.hasStage(StagingLabels.CURRENT);
            return new VersionResult(metadata, unfinished ? pending : null);
        });
    }
}
