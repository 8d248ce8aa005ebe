package io.github.mocksecretsmanager.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One immutable version of a secret: its id, value, staging labels and dates. Moving a staging label
 * produces a new {@code SecretVersion}; a version's value never changes. {@link #toString()} never
 * shows the value.
 */
public final class SecretVersion {

    private final String versionId;
    private final @Nullable SecretValue value;
    private final List<String> stages;
    private final Instant createdDate;
    private final @Nullable Instant lastAccessedDate;

    private SecretVersion(Builder builder) {
        versionId = Objects.requireNonNull(builder.versionId, "versionId");
        value = builder.value;
        createdDate = Objects.requireNonNull(builder.createdDate, "createdDate");
        stages = List.copyOf(builder.stages);
        lastAccessedDate = builder.lastAccessedDate;
    }

    /**
     * A builder with no staging labels; the version id and creation date are required. A version built
     * without a value is the one a rotation creates before its function stores a value.
     */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from this version. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** The version id (the {@code ClientRequestToken} that created it). */
    public String versionId() {
        return versionId;
    }

    /**
     * The secret value; its {@code toString()} is redacted.
     *
     * @throws IllegalStateException for the version a rotation has created and its function has not
     *     yet given a value (see {@link #hasValue()})
     */
    public SecretValue value() {
        if (value == null) {
            throw new IllegalStateException("version " + versionId + " has no value yet: a rotation created it"
                    + " and its createSecret step has not put one");
        }
        return value;
    }

    /**
     * Whether the version holds a value. Only the version Secrets Manager creates when a rotation starts
     * (labelled {@code AWSPENDING}, its id the rotation's token) has none, until the rotation function's
     * {@code createSecret} step puts one with PutSecretValue.
     */
    public boolean hasValue() {
        return value != null;
    }

    /** The staging labels attached to this version, in the order they were attached; empty for a deprecated one. */
    public List<String> stages() {
        return stages;
    }

    /** When the version was created. */
    public Instant createdDate() {
        return createdDate;
    }

    /** The day (midnight UTC) the value was last read, or {@code null}. */
    public @Nullable Instant lastAccessedDate() {
        return lastAccessedDate;
    }

    public boolean hasStage(String stage) {
        return stages.contains(stage);
    }

    /** Whether AWS would consider this version deprecated (no staging label). */
    public boolean isDeprecated() {
        return stages.isEmpty();
    }

    @Override
    public boolean equals(@Nullable Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof SecretVersion)) {
            return false;
        }
        SecretVersion that = (SecretVersion) other;
        return versionId.equals(that.versionId)
                && Objects.equals(value, that.value)
                && stages.equals(that.stages)
                && createdDate.equals(that.createdDate)
                && Objects.equals(lastAccessedDate, that.lastAccessedDate);
    }

    @Override
    public int hashCode() {
        return Objects.hash(versionId, value, stages, createdDate, lastAccessedDate);
    }

    /** The id, labels and dates; the value only as {@link SecretValue#toString()} shows it (redacted). */
    @Override
    public String toString() {
        return "SecretVersion[versionId=" + versionId + ", value=" + value + ", stages=" + stages + ", createdDate="
                + createdDate + ", lastAccessedDate=" + lastAccessedDate + "]";
    }

    /** Builds a {@link SecretVersion}; the version id and creation date are required. */
    public static final class Builder {
        private @Nullable String versionId;
        private @Nullable SecretValue value;
        private List<String> stages = List.of();
        private @Nullable Instant createdDate;
        private @Nullable Instant lastAccessedDate;

        private Builder() {}

        private Builder(SecretVersion from) {
            versionId = from.versionId;
            value = from.value;
            stages = from.stages;
            createdDate = from.createdDate;
            lastAccessedDate = from.lastAccessedDate;
        }

        public Builder versionId(String versionId) {
            this.versionId = versionId;
            return this;
        }

        /** The value; {@code null} for a version without one (see {@link SecretVersion#hasValue()}). */
        public Builder value(@Nullable SecretValue value) {
            this.value = value;
            return this;
        }

        /** The staging labels, replacing any set before. */
        public Builder stages(List<String> stages) {
            this.stages = List.copyOf(stages);
            return this;
        }

        public Builder createdDate(Instant createdDate) {
            this.createdDate = createdDate;
            return this;
        }

        public Builder lastAccessedDate(@Nullable Instant lastAccessedDate) {
            this.lastAccessedDate = lastAccessedDate;
            return this;
        }

        /** @throws NullPointerException when the version id or creation date is missing */
        public SecretVersion build() {
            return new SecretVersion(this);
        }
    }
}
