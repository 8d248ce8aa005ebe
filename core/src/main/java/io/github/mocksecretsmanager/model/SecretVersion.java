package io.github.mocksecretsmanager.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One immutable version of a secret: its id, value, staging labels and dates. Moving a staging label
 * produces a new {@code SecretVersion}; a version's value never changes.
 *
 * @param versionId the version id (the {@code ClientRequestToken} that created it)
 * @param value the secret value; its {@code toString()} is redacted
 * @param stages the staging labels attached to this version, in the order they were attached;
 *     empty for a deprecated version
 * @param createdDate when the version was created
 * @param lastAccessedDate the day (midnight UTC) the value was last read, or {@code null}
 */
public record SecretVersion(
        String versionId, SecretValue value, List<String> stages, Instant createdDate, Instant lastAccessedDate) {

    public SecretVersion {
        Objects.requireNonNull(versionId, "versionId");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(createdDate, "createdDate");
        stages = List.copyOf(stages);
    }

    public boolean hasStage(String stage) {
        return stages.contains(stage);
    }

    /** Whether AWS would consider this version deprecated (no staging label). */
    public boolean isDeprecated() {
        return stages.isEmpty();
    }

    public SecretVersion withStages(List<String> newStages) {
        return new SecretVersion(versionId, value, newStages, createdDate, lastAccessedDate);
    }

    public SecretVersion withLastAccessedDate(Instant day) {
        return new SecretVersion(versionId, value, stages, createdDate, day);
    }
}
