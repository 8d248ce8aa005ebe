package io.github.mocksecretsmanager.internal.protocol;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.mocksecretsmanager.model.ReplicaRegion;
import io.github.mocksecretsmanager.model.RotationSettings;
import io.github.mocksecretsmanager.model.SecretMetadata;
import io.github.mocksecretsmanager.model.SecretSnapshot;
import io.github.mocksecretsmanager.model.SecretVersion;
import io.github.mocksecretsmanager.model.Tag;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The description of a secret that DescribeSecret answers and ListSecrets repeats per entry. Optional
 * fields appear only when they apply, as recorded against AWS.
 */
public final class SecretJson {

    private SecretJson() {}

    /**
     * Writes the members of one description (not the enclosing braces).
     *
     * @param region the region the secret lives in: its primary region unless it is a replica
     * @param versionsField {@code VersionIdsToStages} (DescribeSecret) or {@code SecretVersionsToStages}
     *     (ListSecrets)
     */
    public static void writeDescription(JsonGenerator out, SecretSnapshot snapshot, String region, String versionsField)
            throws IOException {
        SecretMetadata secret = snapshot.metadata();
        ResponseJson.writeSecretRef(out, secret);
        ResponseJson.writeOptionalString(out, "Description", secret.description());
        ResponseJson.writeOptionalString(out, "KmsKeyId", secret.kmsKeyId());
        ResponseJson.writeOptionalString(out, "Type", secret.type());
        writeRotation(out, secret.rotation());
        ResponseJson.writeTimestamp(out, "LastChangedDate", secret.lastChangedDate());
        ResponseJson.writeTimestamp(out, "LastAccessedDate", secret.lastAccessedDate());
        ResponseJson.writeTimestamp(out, "DeletedDate", secret.deletedDate());
        if (secret.everTagged()) {
            writeTags(out, secret.tags());
        }
        boolean anyLabelled = snapshot.versions().stream().anyMatch(v -> !v.isDeprecated());
        if (anyLabelled) {
            out.writeObjectFieldStart(versionsField);
            for (SecretVersion version : snapshot.versions()) {
                if (!version.isDeprecated()) {
                    ResponseJson.writeStringList(out, version.versionId(), version.stages());
                }
            }
            out.writeEndObject();
        }
        ResponseJson.writeTimestamp(out, "CreatedDate", secret.createdDate());
        String replicaOf = secret.primaryRegion();
        if (replicaOf != null) {
            out.writeStringField("PrimaryRegion", replicaOf); // a replica: no ReplicationStatus
        } else if (!secret.replicas().isEmpty()) {
            out.writeStringField("PrimaryRegion", region);
            writeReplicationStatus(out, secret.replicas());
        }
    }

    /**
     * The KMS key a replica's status shows when none was given: AWS's managed key, as in the
     * ReplicateSecretToRegions example of the API reference (and moto).
     */
    static final String DEFAULT_REPLICA_KEY = "alias/aws/secretsmanager";

    public static void writeReplicationStatus(JsonGenerator out, List<ReplicaRegion> replicas) throws IOException {
        out.writeArrayFieldStart("ReplicationStatus");
        for (ReplicaRegion replica : replicas) {
            out.writeStartObject();
            out.writeStringField("Region", replica.region());
            String kmsKeyId = replica.kmsKeyId();
            out.writeStringField("KmsKeyId", kmsKeyId != null ? kmsKeyId : DEFAULT_REPLICA_KEY);
            out.writeStringField("Status", replica.status());
            ResponseJson.writeOptionalString(out, "StatusMessage", replica.statusMessage());
            out.writeEndObject();
        }
        out.writeEndArray();
    }

    private static void writeRotation(JsonGenerator out, @Nullable RotationSettings rotation) throws IOException {
        if (rotation == null) {
            return; // AWS shows no rotation fields for a secret whose rotation was never configured
        }
        out.writeBooleanField("RotationEnabled", rotation.enabled());
        ResponseJson.writeOptionalString(out, "RotationLambdaARN", rotation.lambdaArn());
        if (rotation.hasRules()) {
            out.writeObjectFieldStart("RotationRules");
            if (rotation.automaticallyAfterDays() != null) {
                out.writeNumberField("AutomaticallyAfterDays", rotation.automaticallyAfterDays());
            }
            ResponseJson.writeOptionalString(out, "Duration", rotation.duration());
            ResponseJson.writeOptionalString(out, "ScheduleExpression", rotation.scheduleExpression());
            out.writeEndObject();
        }
        ResponseJson.writeTimestamp(out, "LastRotatedDate", rotation.lastRotatedDate());
        ResponseJson.writeTimestamp(out, "NextRotationDate", rotation.nextRotationDate());
        if (!rotation.externalSecretRotationMetadata().isEmpty()) {
            out.writeArrayFieldStart("ExternalSecretRotationMetadata");
            for (Map.Entry<String, String> item :
                    rotation.externalSecretRotationMetadata().entrySet()) {
                out.writeStartObject();
                out.writeStringField("Key", item.getKey());
                out.writeStringField("Value", item.getValue());
                out.writeEndObject();
            }
            out.writeEndArray();
        }
        ResponseJson.writeOptionalString(
                out, "ExternalSecretRotationRoleArn", rotation.externalSecretRotationRoleArn());
    }

    private static void writeTags(JsonGenerator out, List<Tag> tags) throws IOException {
        out.writeArrayFieldStart("Tags");
        for (Tag tag : tags) {
            out.writeStartObject();
            out.writeStringField("Key", tag.key());
            out.writeStringField("Value", tag.value());
            out.writeEndObject();
        }
        out.writeEndArray();
    }
}
