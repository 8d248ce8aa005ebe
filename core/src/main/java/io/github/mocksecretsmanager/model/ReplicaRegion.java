package io.github.mocksecretsmanager.model;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One region a secret is replicated to, as DescribeSecret's {@code ReplicationStatus} shows it.
 * Immutable; {@link #toBuilder()} gives a builder for a changed copy.
 */
public final class ReplicaRegion {

    /** The status of every replica here: nothing is copied anywhere, so nothing can lag behind. */
    public static final String IN_SYNC = "InSync";

    private final String region;
    private final @Nullable String kmsKeyId;
    private final String status;
    private final @Nullable String statusMessage;

    private ReplicaRegion(Builder builder) {
        region = Objects.requireNonNull(builder.region, "region");
        kmsKeyId = builder.kmsKeyId;
        status = builder.status;
        statusMessage = builder.statusMessage;
    }

    /** A replica in {@code region} that is {@link #IN_SYNC}. */
    public static ReplicaRegion inSync(String region, @Nullable String kmsKeyId) {
        return builder()
                .region(region)
                .kmsKeyId(kmsKeyId)
                .statusMessage("Replication succeeded")
                .build();
    }

    /** A builder with status {@link #IN_SYNC} and no KMS key or status message; the region is required. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from this replica. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** The replica's region. */
    public String region() {
        return region;
    }

    /** The KMS key given for the replica, or {@code null} for the default key. */
    public @Nullable String kmsKeyId() {
        return kmsKeyId;
    }

    /** The replication status; always {@link #IN_SYNC} for replicas the emulator records. */
    public String status() {
        return status;
    }

    /** The status message, or {@code null}. */
    public @Nullable String statusMessage() {
        return statusMessage;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof ReplicaRegion)) {
            return false;
        }
        ReplicaRegion that = (ReplicaRegion) other;
        return region.equals(that.region)
                && Objects.equals(kmsKeyId, that.kmsKeyId)
                && status.equals(that.status)
                && Objects.equals(statusMessage, that.statusMessage);
    }

    @Override
    public int hashCode() {
        return Objects.hash(region, kmsKeyId, status, statusMessage);
    }

    @Override
    public String toString() {
        return "ReplicaRegion[region=" + region + ", kmsKeyId=" + kmsKeyId + ", status=" + status + ", statusMessage="
                + statusMessage + "]";
    }

    /** Builds a {@link ReplicaRegion}; the region is required. */
    public static final class Builder {
        private @Nullable String region;
        private @Nullable String kmsKeyId;
        private String status = IN_SYNC;
        private @Nullable String statusMessage;

        private Builder() {}

        private Builder(ReplicaRegion from) {
            region = from.region;
            kmsKeyId = from.kmsKeyId;
            status = from.status;
            statusMessage = from.statusMessage;
        }

        public Builder region(String region) {
            this.region = region;
            return this;
        }

        public Builder kmsKeyId(@Nullable String kmsKeyId) {
            this.kmsKeyId = kmsKeyId;
            return this;
        }

        public Builder status(String status) {
            this.status = Objects.requireNonNull(status, "status");
            return this;
        }

        public Builder statusMessage(@Nullable String statusMessage) {
            this.statusMessage = statusMessage;
            return this;
        }

        /** @throws NullPointerException when the region is missing */
        public ReplicaRegion build() {
            return new ReplicaRegion(this);
        }
    }
}
