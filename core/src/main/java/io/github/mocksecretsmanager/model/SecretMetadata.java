package io.github.mocksecretsmanager.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

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
        return with(copy -> copy.lastChangedDate = when);
    }

    public SecretMetadata withLastAccessedDate(Instant day) {
        return with(copy -> copy.lastAccessedDate = day);
    }

    public SecretMetadata withDeletion(Instant deleted, Instant deletion) {
        return with(copy -> {
            copy.lastChangedDate = deleted;
            copy.deletedDate = deleted;
            copy.deletionDate = deletion;
        });
    }

    public SecretMetadata withoutDeletion(Instant restored) {
        return with(copy -> {
            copy.lastChangedDate = restored;
            copy.deletedDate = null;
            copy.deletionDate = null;
        });
    }

    /** @param newDescription the new description; empty or {@code null} removes it */
    public SecretMetadata withDescription(String newDescription) {
        String stored = newDescription == null || newDescription.isEmpty() ? null : newDescription;
        return with(copy -> copy.description = stored);
    }

    public SecretMetadata withKmsKeyId(String newKmsKeyId) {
        return with(copy -> copy.kmsKeyId = newKmsKeyId);
    }

    /** The tags after TagResource or UntagResource: from then on {@code Tags} is shown, even empty. */
    public SecretMetadata withTags(List<Tag> newTags) {
        return with(copy -> {
            copy.tags = newTags;
            copy.everTagged = true;
        });
    }

    public SecretMetadata withRotation(RotationSettings newRotation) {
        return with(copy -> copy.rotation = newRotation);
    }

    public SecretMetadata withResourcePolicy(String newPolicy) {
        return with(copy -> copy.resourcePolicy = newPolicy);
    }

    public SecretMetadata withReplicas(List<ReplicaRegion> newReplicas) {
        return with(copy -> copy.replicas = newReplicas);
    }

    private SecretMetadata with(Consumer<Copy> change) {
        Copy copy = new Copy(this);
        change.accept(copy);
        return copy.build();
    }

    /** A mutable copy, so that each {@code withX} names only what it changes. */
    private static final class Copy {
        private final String name;
        private final String arn;
        private String description;
        private String kmsKeyId;
        private List<Tag> tags;
        private final Instant createdDate;
        private Instant lastChangedDate;
        private Instant lastAccessedDate;
        private Instant deletedDate;
        private Instant deletionDate;
        private boolean everTagged;
        private RotationSettings rotation;
        private String resourcePolicy;
        private List<ReplicaRegion> replicas;

        Copy(SecretMetadata from) {
            name = from.name;
            arn = from.arn;
            description = from.description;
            kmsKeyId = from.kmsKeyId;
            tags = from.tags;
            createdDate = from.createdDate;
            lastChangedDate = from.lastChangedDate;
            lastAccessedDate = from.lastAccessedDate;
            deletedDate = from.deletedDate;
            deletionDate = from.deletionDate;
            everTagged = from.everTagged;
            rotation = from.rotation;
            resourcePolicy = from.resourcePolicy;
            replicas = from.replicas;
        }

        SecretMetadata build() {
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
                    replicas);
        }
    }
}
