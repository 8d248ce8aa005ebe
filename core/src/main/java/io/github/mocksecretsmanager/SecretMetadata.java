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
 * @param everTagged whether tags were ever set: AWS then shows {@code Tags}, even when empty
 * @param rotation the rotation configuration, or {@code null} when RotateSecret never succeeded
 * @param resourcePolicy the resource policy JSON, or {@code null}
 * @param replicas the regions the secret is replicated to, in the order they were added
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
        Instant deletionDate,
        boolean everTagged,
        RotationSettings rotation,
        String resourcePolicy,
        List<ReplicaRegion> replicas) {

    public SecretMetadata {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(arn, "arn");
        Objects.requireNonNull(createdDate, "createdDate");
        tags = List.copyOf(tags);
        replicas = List.copyOf(replicas);
        everTagged = everTagged || !tags.isEmpty();
    }

    /** A secret without rotation, resource policy or replicas. */
    public SecretMetadata(
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
        this(
                name,
                arn,
                description,
                kmsKeyId,
                tags,
                createdDate,
                lastChangedDate,
                lastAccessedDate,
                deletedDate,
                deletionDate,
                !tags.isEmpty(),
                null,
                null,
                List.of());
    }

    public boolean isScheduledForDeletion() {
        return deletedDate != null;
    }

    public SecretMetadata withLastChangedDate(Instant when) {
        return new SecretMetadata(
                name,
                arn,
                description,
                kmsKeyId,
                tags,
                createdDate,
                when,
                lastAccessedDate,
                deletedDate,
                deletionDate,
                everTagged,
                rotation,
                resourcePolicy,
                replicas);
    }

    public SecretMetadata withLastAccessedDate(Instant day) {
        return new SecretMetadata(
                name,
                arn,
                description,
                kmsKeyId,
                tags,
                createdDate,
                lastChangedDate,
                day,
                deletedDate,
                deletionDate,
                everTagged,
                rotation,
                resourcePolicy,
                replicas);
    }

    public SecretMetadata withDeletion(Instant deleted, Instant deletion) {
        return new SecretMetadata(
                name,
                arn,
                description,
                kmsKeyId,
                tags,
                createdDate,
                deleted,
                lastAccessedDate,
                deleted,
                deletion,
                everTagged,
                rotation,
                resourcePolicy,
                replicas);
    }

    public SecretMetadata withoutDeletion(Instant restored) {
        return new SecretMetadata(
                name,
                arn,
                description,
                kmsKeyId,
                tags,
                createdDate,
                restored,
                lastAccessedDate,
                null,
                null,
                everTagged,
                rotation,
                resourcePolicy,
                replicas);
    }

    /** @param newDescription the new description; empty or {@code null} removes it */
    public SecretMetadata withDescription(String newDescription) {
        String stored = newDescription == null || newDescription.isEmpty() ? null : newDescription;
        return new SecretMetadata(
                name,
                arn,
                stored,
                kmsKeyId,
                tags,
                createdDate,
                lastChangedDate,
                lastAccessedDate,
                deletedDate,
                deletionDate,
                everTagged,
                rotation,
                resourcePolicy,
                replicas);
    }

    public SecretMetadata withKmsKeyId(String newKmsKeyId) {
        return new SecretMetadata(
                name,
                arn,
                description,
                newKmsKeyId,
                tags,
                createdDate,
                lastChangedDate,
                lastAccessedDate,
                deletedDate,
                deletionDate,
                everTagged,
                rotation,
                resourcePolicy,
                replicas);
    }

    /** The tags after TagResource or UntagResource: from then on {@code Tags} is shown, even empty. */
    public SecretMetadata withTags(List<Tag> newTags) {
        return new SecretMetadata(
                name,
                arn,
                description,
                kmsKeyId,
                newTags,
                createdDate,
                lastChangedDate,
                lastAccessedDate,
                deletedDate,
                deletionDate,
                true,
                rotation,
                resourcePolicy,
                replicas);
    }

    public SecretMetadata withRotation(RotationSettings newRotation) {
        return new SecretMetadata(
                name,
                arn,
                description,
                kmsKeyId,
                tags,
                createdDate,
                lastChangedDate,
                lastAccessedDate,
                deletedDate,
                deletionDate,
                everTagged,
                newRotation,
                resourcePolicy,
                replicas);
    }

    public SecretMetadata withResourcePolicy(String newPolicy) {
        return new SecretMetadata(
                name,
                arn,
                description,
                kmsKeyId,
                tags,
                createdDate,
                lastChangedDate,
                lastAccessedDate,
                deletedDate,
                deletionDate,
                everTagged,
                rotation,
                newPolicy,
                replicas);
    }

    public SecretMetadata withReplicas(List<ReplicaRegion> newReplicas) {
        return new SecretMetadata(
                name,
                arn,
                description,
                kmsKeyId,
                tags,
                createdDate,
                lastChangedDate,
                lastAccessedDate,
                deletedDate,
                deletionDate,
                everTagged,
                rotation,
                resourcePolicy,
                newReplicas);
    }
}
