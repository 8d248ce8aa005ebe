package io.github.mocksecretsmanager.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A consistent, immutable copy of one secret taken at a single point in time: its metadata and every
 * version still stored. {@link #toString()} never shows a value.
 */
public final class SecretSnapshot {

    private final SecretMetadata metadata;
    private final List<SecretVersion> versions;

    private SecretSnapshot(Builder builder) {
        metadata = Objects.requireNonNull(builder.metadata, "metadata");
        versions = List.copyOf(builder.versions);
    }

    /** A builder with no versions; the metadata is required. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from this snapshot. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Name, ARN, dates, tags and deletion state. */
    public SecretMetadata metadata() {
        return metadata;
    }

    /** Every version still stored, oldest first (including deprecated ones). */
    public List<SecretVersion> versions() {
        return versions;
    }

    public String name() {
        return metadata.name();
    }

    public String arn() {
        return metadata.arn();
    }

    public Optional<SecretVersion> version(String versionId) {
        return versions.stream().filter(v -> v.versionId().equals(versionId)).findFirst();
    }

    /** The version carrying the given staging label, if any. */
    public Optional<SecretVersion> versionWithStage(String stage) {
        return versions.stream().filter(v -> v.hasStage(stage)).findFirst();
    }

    /** The {@code AWSCURRENT} version, if the secret has a value. */
    public Optional<SecretVersion> current() {
        return versionWithStage(StagingLabels.CURRENT);
    }

    @Override
    public boolean equals(@Nullable Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof SecretSnapshot)) {
            return false;
        }
        SecretSnapshot that = (SecretSnapshot) other;
        return metadata.equals(that.metadata) && versions.equals(that.versions);
    }

    @Override
    public int hashCode() {
        return Objects.hash(metadata, versions);
    }

    /** The metadata and the versions, whose values are redacted. */
    @Override
    public String toString() {
        return "SecretSnapshot[metadata=" + metadata + ", versions=" + versions + "]";
    }

    /** Builds a {@link SecretSnapshot}; the metadata is required. */
    public static final class Builder {
        private @Nullable SecretMetadata metadata;
        private List<SecretVersion> versions = List.of();

        private Builder() {}

        private Builder(SecretSnapshot from) {
            metadata = from.metadata;
            versions = from.versions;
        }

        public Builder metadata(SecretMetadata metadata) {
            this.metadata = metadata;
            return this;
        }

        /** The versions, oldest first, replacing any set before. */
        public Builder versions(List<SecretVersion> versions) {
            this.versions = List.copyOf(versions);
            return this;
        }

        /** @throws NullPointerException when the metadata is missing */
        public SecretSnapshot build() {
            return new SecretSnapshot(this);
        }
    }
}
