package io.github.mocksecretsmanager.model;

import java.util.Objects;

/**
 * One region a secret is replicated to, as DescribeSecret's {@code ReplicationStatus} shows it.
 *
 * @param region the replica's region
 * @param kmsKeyId the KMS key given for the replica, or {@code null} for the default key
 * @param status always {@code InSync}: nothing is copied anywhere
 * @param statusMessage the status message
 */
public record ReplicaRegion(String region, String kmsKeyId, String status, String statusMessage) {

    public static final String IN_SYNC = "InSync";

    public ReplicaRegion {
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(status, "status");
    }

    public static ReplicaRegion inSync(String region, String kmsKeyId) {
        return new ReplicaRegion(region, kmsKeyId, IN_SYNC, "Replication succeeded");
    }
}
