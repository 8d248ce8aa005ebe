package io.github.mocksecretsmanager.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Everything about a secret except its versions. Immutable; {@link #toBuilder()} gives a builder
 * for a changed copy.
 *
 * <p>A class with a builder rather than a record, so that it can gain the attributes AWS adds to a
 * secret without breaking code compiled against an earlier version.
 */
public final class SecretMetadata {

    private final String name;
    private final String arn;
    private final @Nullable String description;
    private final @Nullable String kmsKeyId;
    private final List<Tag> tags;
    private final Instant createdDate;
    private final Instant lastChangedDate;
    private final @Nullable Instant lastAccessedDate;
    private final @Nullable Instant deletedDate;
    private final @Nullable Instant deletionDate;
    private final boolean everTagged;
    private final @Nullable RotationSettings rotation;
    private final @Nullable String resourcePolicy;
    private final List<ReplicaRegion> replicas;
    private final @Nullable String type;
    private final @Nullable String primaryRegion;

    private SecretMetadata(Builder builder) {
        name = Objects.requireNonNull(builder.name, "name");
        arn = Objects.requireNonNull(builder.arn, "arn");
        createdDate = Objects.requireNonNull(builder.createdDate, "createdDate");
        lastChangedDate = builder.lastChangedDate != null ? builder.lastChangedDate : createdDate;
        description = builder.description;
        kmsKeyId = builder.kmsKeyId;
        tags = List.copyOf(builder.tags);
        lastAccessedDate = builder.lastAccessedDate;
        deletedDate = builder.deletedDate;
        deletionDate = builder.deletionDate;
        everTagged = builder.everTagged || !tags.isEmpty();
        rotation = builder.rotation;
        resourcePolicy = builder.resourcePolicy;
        replicas = List.copyOf(builder.replicas);
        type = builder.type;
        primaryRegion = builder.primaryRegion;
    }

    /** A builder with no tags, rotation, resource policy or replicas; name, ARN and creation date are required. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from this secret's attributes. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** The secret's name. */
    public String name() {
        return name;
    }

    /** The full ARN, ending in a hyphen and six random characters. */
    public String arn() {
        return arn;
    }

    /** The description, or {@code null}. */
    public @Nullable String description() {
        return description;
    }

    /** The KMS key id given at creation, or {@code null} for the default key. */
    public @Nullable String kmsKeyId() {
        return kmsKeyId;
    }

    /** The tags, in the order they were added. */
    public List<Tag> tags() {
        return tags;
    }

    /** When the secret was created. */
    public Instant createdDate() {
        return createdDate;
    }

    /** When the secret or its versions last changed. */
    public Instant lastChangedDate() {
        return lastChangedDate;
    }

    /** The day (midnight UTC) a value was last read, or {@code null}. */
    public @Nullable Instant lastAccessedDate() {
        return lastAccessedDate;
    }

    /** When deletion was requested, or {@code null} when the secret is not scheduled for deletion. */
    public @Nullable Instant deletedDate() {
        return deletedDate;
    }

    /** When a secret scheduled for deletion is removed for good, or {@code null}. */
    public @Nullable Instant deletionDate() {
        return deletionDate;
    }

    /** Whether tags were ever set: AWS then shows {@code Tags}, even when empty. */
    public boolean everTagged() {
        return everTagged;
    }

    /** The rotation configuration, or {@code null} when RotateSecret never succeeded. */
    public @Nullable RotationSettings rotation() {
        return rotation;
    }

    /** The resource policy JSON, or {@code null}. */
    public @Nullable String resourcePolicy() {
        return resourcePolicy;
    }

    /** The regions the secret is replicated to, in the order they were added. */
    public List<ReplicaRegion> replicas() {
        return replicas;
    }

    /**
     * The managed external secret's {@code Type} (the partner's secret type, for example
     * {@code SalesforceClientSecret}), or {@code null} for an ordinary secret.
     */
    public @Nullable String type() {
        return type;
    }

    /**
     * For a replica (a read-only copy of a secret of another region), the region of its primary secret;
     * {@code null} for every other secret.
     */
    public @Nullable String primaryRegion() {
        return primaryRegion;
    }

    /** Whether this is a replica of a secret in another region, which only its primary secret changes. */
    public boolean isReplica() {
        return primaryRegion != null;
    }

    public boolean isScheduledForDeletion() {
        return deletedDate != null;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof SecretMetadata)) {
            return false;
        }
        SecretMetadata that = (SecretMetadata) other;
        return everTagged == that.everTagged
                && name.equals(that.name)
                && arn.equals(that.arn)
                && Objects.equals(description, that.description)
                && Objects.equals(kmsKeyId, that.kmsKeyId)
                && tags.equals(that.tags)
                && createdDate.equals(that.createdDate)
                && lastChangedDate.equals(that.lastChangedDate)
                && Objects.equals(lastAccessedDate, that.lastAccessedDate)
                && Objects.equals(deletedDate, that.deletedDate)
                && Objects.equals(deletionDate, that.deletionDate)
                && Objects.equals(rotation, that.rotation)
                && Objects.equals(resourcePolicy, that.resourcePolicy)
                && replicas.equals(that.replicas)
                && Objects.equals(type, that.type)
                && Objects.equals(primaryRegion, that.primaryRegion);
    }

    @Override
    public int hashCode() {
        return Objects.hash(
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
                replicas,
                type,
                primaryRegion);
    }

    @Override
    public String toString() {
        return "SecretMetadata[name=" + name + ", arn=" + arn + ", description=" + description + ", kmsKeyId="
                + kmsKeyId + ", tags=" + tags + ", createdDate=" + createdDate + ", lastChangedDate="
                + lastChangedDate + ", lastAccessedDate=" + lastAccessedDate + ", deletedDate=" + deletedDate
                + ", deletionDate=" + deletionDate + ", everTagged=" + everTagged + ", rotation=" + rotation
                + ", resourcePolicy=" + resourcePolicy + ", replicas=" + replicas + ", type=" + type
                + ", primaryRegion="
                + primaryRegion + "]";
    }

    /** Builds a {@link SecretMetadata}; {@link #name}, {@link #arn} and {@link #createdDate} are required. */
    public static final class Builder {
        private @Nullable String name;
        private @Nullable String arn;
        private @Nullable String description;
        private @Nullable String kmsKeyId;
        private List<Tag> tags = List.of();
        private @Nullable Instant createdDate;
        private @Nullable Instant lastChangedDate;
        private @Nullable Instant lastAccessedDate;
        private @Nullable Instant deletedDate;
        private @Nullable Instant deletionDate;
        private boolean everTagged;
        private @Nullable RotationSettings rotation;
        private @Nullable String resourcePolicy;
        private List<ReplicaRegion> replicas = List.of();
        private @Nullable String type;
        private @Nullable String primaryRegion;

        private Builder() {}

        private Builder(SecretMetadata from) {
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
            type = from.type;
            primaryRegion = from.primaryRegion;
        }

        public Builder name(String name) {
            this.name = name;
            return this;
        }

        public Builder arn(String arn) {
            this.arn = arn;
            return this;
        }

        public Builder description(@Nullable String description) {
            this.description = description;
            return this;
        }

        public Builder kmsKeyId(@Nullable String kmsKeyId) {
            this.kmsKeyId = kmsKeyId;
            return this;
        }

        /** The tags, replacing any set before; a non-empty list also sets {@link #everTagged}. */
        public Builder tags(List<Tag> tags) {
            this.tags = List.copyOf(tags);
            return this;
        }

        public Builder createdDate(Instant createdDate) {
            this.createdDate = createdDate;
            return this;
        }

        /** When the secret last changed; the creation date when not set. */
        public Builder lastChangedDate(Instant lastChangedDate) {
            this.lastChangedDate = lastChangedDate;
            return this;
        }

        public Builder lastAccessedDate(@Nullable Instant lastAccessedDate) {
            this.lastAccessedDate = lastAccessedDate;
            return this;
        }

        public Builder deletedDate(@Nullable Instant deletedDate) {
            this.deletedDate = deletedDate;
            return this;
        }

        public Builder deletionDate(@Nullable Instant deletionDate) {
            this.deletionDate = deletionDate;
            return this;
        }

        public Builder everTagged(boolean everTagged) {
            this.everTagged = everTagged;
            return this;
        }

        public Builder rotation(@Nullable RotationSettings rotation) {
            this.rotation = rotation;
            return this;
        }

        public Builder resourcePolicy(@Nullable String resourcePolicy) {
            this.resourcePolicy = resourcePolicy;
            return this;
        }

        /** The replica regions, replacing any set before. */
        public Builder replicas(List<ReplicaRegion> replicas) {
            this.replicas = List.copyOf(replicas);
            return this;
        }

        /** The managed external secret's type, or {@code null} for an ordinary secret. */
        public Builder type(@Nullable String type) {
            this.type = type;
            return this;
        }

        /** For a replica, the region of its primary secret; {@code null} for a primary or standalone secret. */
        public Builder primaryRegion(@Nullable String primaryRegion) {
            this.primaryRegion = primaryRegion;
            return this;
        }

        /** @throws NullPointerException when the name, ARN or creation date is missing */
        public SecretMetadata build() {
            return new SecretMetadata(this);
        }
    }
}
