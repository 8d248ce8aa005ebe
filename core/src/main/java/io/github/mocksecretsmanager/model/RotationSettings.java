package io.github.mocksecretsmanager.model;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A secret's rotation configuration, as RotateSecret recorded it: a rotation function, or for a
 * managed external secret the partner's rotation metadata and role.
 * Immutable; {@link #toBuilder()} gives a builder for a changed copy.
 */
public final class RotationSettings {

    private final boolean enabled;
    private final @Nullable String lambdaArn;
    private final @Nullable Long automaticallyAfterDays;
    private final @Nullable String duration;
    private final @Nullable String scheduleExpression;
    private final @Nullable Instant lastRotatedDate;
    private final @Nullable Instant nextRotationDate;
    private final Map<String, String> externalSecretRotationMetadata;
    private final @Nullable String externalSecretRotationRoleArn;

    private RotationSettings(Builder builder) {
        enabled = builder.enabled;
        lambdaArn = builder.lambdaArn;
        automaticallyAfterDays = builder.automaticallyAfterDays;
        duration = builder.duration;
        scheduleExpression = builder.scheduleExpression;
        lastRotatedDate = builder.lastRotatedDate;
        nextRotationDate = builder.nextRotationDate;
        externalSecretRotationMetadata = builder.externalSecretRotationMetadata;
        externalSecretRotationRoleArn = builder.externalSecretRotationRoleArn;
    }

    /** A builder for rotation that is off, with no function, rules or dates. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from these settings. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Whether automatic rotation is on ({@code false} after CancelRotateSecret). */
    public boolean enabled() {
        return enabled;
    }

    /** The rotation function's ARN, or {@code null}. */
    public @Nullable String lambdaArn() {
        return lambdaArn;
    }

    /** {@code RotationRules.AutomaticallyAfterDays}, or {@code null}. */
    public @Nullable Long automaticallyAfterDays() {
        return automaticallyAfterDays;
    }

    /** {@code RotationRules.Duration}, or {@code null}. */
    public @Nullable String duration() {
        return duration;
    }

    /** {@code RotationRules.ScheduleExpression}, or {@code null}. */
    public @Nullable String scheduleExpression() {
        return scheduleExpression;
    }

    /** When a rotation last started, or {@code null}. */
    public @Nullable Instant lastRotatedDate() {
        return lastRotatedDate;
    }

    /** When the next rotation is due, or {@code null} when unknown (a cron schedule) or rotation is off. */
    public @Nullable Instant nextRotationDate() {
        return nextRotationDate;
    }

    /**
     * A managed external secret's {@code ExternalSecretRotationMetadata}: the partner's key/value
     * pairs in the order given; empty when there are none.
     */
    public Map<String, String> externalSecretRotationMetadata() {
        return externalSecretRotationMetadata;
    }

    /** A managed external secret's {@code ExternalSecretRotationRoleArn}, or {@code null}. */
    public @Nullable String externalSecretRotationRoleArn() {
        return externalSecretRotationRoleArn;
    }

    /** Whether any of the rotation rules is set. */
    public boolean hasRules() {
        return automaticallyAfterDays != null || duration != null || scheduleExpression != null;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof RotationSettings)) {
            return false;
        }
        RotationSettings that = (RotationSettings) other;
        return enabled == that.enabled
                && Objects.equals(lambdaArn, that.lambdaArn)
                && Objects.equals(automaticallyAfterDays, that.automaticallyAfterDays)
                && Objects.equals(duration, that.duration)
                && Objects.equals(scheduleExpression, that.scheduleExpression)
                && Objects.equals(lastRotatedDate, that.lastRotatedDate)
                && Objects.equals(nextRotationDate, that.nextRotationDate)
                && externalSecretRotationMetadata.equals(that.externalSecretRotationMetadata)
                && Objects.equals(externalSecretRotationRoleArn, that.externalSecretRotationRoleArn);
    }

    @Override
    public int hashCode() {
        return Objects.hash(
                enabled,
                lambdaArn,
                automaticallyAfterDays,
                duration,
                scheduleExpression,
                lastRotatedDate,
                nextRotationDate,
                externalSecretRotationMetadata,
                externalSecretRotationRoleArn);
    }

    @Override
    public String toString() {
        return "RotationSettings[enabled=" + enabled + ", lambdaArn=" + lambdaArn + ", automaticallyAfterDays="
                + automaticallyAfterDays + ", duration=" + duration + ", scheduleExpression=" + scheduleExpression
                + ", lastRotatedDate=" + lastRotatedDate + ", nextRotationDate=" + nextRotationDate
                + ", externalSecretRotationMetadata=" + externalSecretRotationMetadata
                + ", externalSecretRotationRoleArn=" + externalSecretRotationRoleArn + "]";
    }

    /** Builds a {@link RotationSettings}; every setting is optional. */
    public static final class Builder {
        private boolean enabled;
        private @Nullable String lambdaArn;
        private @Nullable Long automaticallyAfterDays;
        private @Nullable String duration;
        private @Nullable String scheduleExpression;
        private @Nullable Instant lastRotatedDate;
        private @Nullable Instant nextRotationDate;
        private Map<String, String> externalSecretRotationMetadata = Map.of();
        private @Nullable String externalSecretRotationRoleArn;

        private Builder() {}

        private Builder(RotationSettings from) {
            enabled = from.enabled;
            lambdaArn = from.lambdaArn;
            automaticallyAfterDays = from.automaticallyAfterDays;
            duration = from.duration;
            scheduleExpression = from.scheduleExpression;
            lastRotatedDate = from.lastRotatedDate;
            nextRotationDate = from.nextRotationDate;
            externalSecretRotationMetadata = from.externalSecretRotationMetadata;
            externalSecretRotationRoleArn = from.externalSecretRotationRoleArn;
        }

        public Builder enabled(boolean enabled) {
            this.enabled = enabled;
            return this;
        }

        public Builder lambdaArn(@Nullable String lambdaArn) {
            this.lambdaArn = lambdaArn;
            return this;
        }

        public Builder automaticallyAfterDays(@Nullable Long automaticallyAfterDays) {
            this.automaticallyAfterDays = automaticallyAfterDays;
            return this;
        }

        public Builder duration(@Nullable String duration) {
            this.duration = duration;
            return this;
        }

        public Builder scheduleExpression(@Nullable String scheduleExpression) {
            this.scheduleExpression = scheduleExpression;
            return this;
        }

        public Builder lastRotatedDate(@Nullable Instant lastRotatedDate) {
            this.lastRotatedDate = lastRotatedDate;
            return this;
        }

        public Builder nextRotationDate(@Nullable Instant nextRotationDate) {
            this.nextRotationDate = nextRotationDate;
            return this;
        }

        /** The managed external secret's rotation metadata, replacing any set before; the order is kept. */
        public Builder externalSecretRotationMetadata(Map<String, String> metadata) {
            this.externalSecretRotationMetadata = Collections.unmodifiableMap(new LinkedHashMap<>(metadata));
            return this;
        }

        public Builder externalSecretRotationRoleArn(@Nullable String roleArn) {
            this.externalSecretRotationRoleArn = roleArn;
            return this;
        }

        public RotationSettings build() {
            return new RotationSettings(this);
        }
    }
}
