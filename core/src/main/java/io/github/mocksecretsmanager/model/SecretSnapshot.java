package io.github.mocksecretsmanager.model;

import java.util.List;
import java.util.Optional;

/**
 * A consistent, immutable copy of one secret taken at a single point in time.
 *
 * @param metadata name, ARN, dates, tags and deletion state
 * @param versions every version still stored, oldest first (including deprecated ones)
 */
public record SecretSnapshot(SecretMetadata metadata, List<SecretVersion> versions) {

    public SecretSnapshot {
        versions = List.copyOf(versions);
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
}
