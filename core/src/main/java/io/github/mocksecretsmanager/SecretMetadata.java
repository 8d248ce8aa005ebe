package io.github.mocksecretsmanager;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Everything about a secret except its versions. Immutable; changes produce a new instance.
 *
 * @param name the secret's name
 * @param arn the full ARN, ending in a hyphen and six random characters
 * @param description the description, or {@code null}
 * @param kmsKeyId the KMS key id given at creation, or {@code null} for the default key
 * @param tags the tags, in the order they were added
 * @param createdDate when the secret was created
 * @param lastChangedDate when the secret or its versions last changed
 * @param lastAccessedDate the day (midnight UTC) a value was last read, or {@code null}
 * @param deletedDate when deletion was requested, or {@code null} when the secret is not scheduled
 *     for deletion
 * @param deletionDate when a secret scheduled for deletion is removed for good, or {@code null}
 */
public record SecretMetadata(
        String name,
        String arn,
        String description,
        String kmsKeyId,
        List<Tag> tags,
        Instant createdDate,
        Instant lastChangedDate,
        Instant lastAccessedDate,
        Instant deletedDate,
        Instant deletionDate) {

    public SecretMetadata {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(arn, "arn");
        Objects.requireNonNull(createdDate, "createdDate");
        tags = List.copyOf(tags);
    }

    public boolean isScheduledForDeletion() {
        return deletedDate != null;
    }

    public SecretMetadata withLastChangedDate(Instant when) {
        return new SecretMetadata(
                name, arn, description, kmsKeyId, tags, createdDate, when, lastAccessedDate, deletedDate, deletionDate);
    }

    public SecretMetadata withLastAccessedDate(Instant day) {
        return new SecretMetadata(
                name, arn, description, kmsKeyId, tags, createdDate, lastChangedDate, day, deletedDate, deletionDate);
    }

    public SecretMetadata withDeletion(Instant deleted, Instant deletion) {
        return new SecretMetadata(
                name, arn, description, kmsKeyId, tags, createdDate, deleted, lastAccessedDate, deleted, deletion);
    }

    public SecretMetadata withoutDeletion(Instant restored) {
        return new SecretMetadata(
                name, arn, description, kmsKeyId, tags, createdDate, restored, lastAccessedDate, null, null);
    }
}
