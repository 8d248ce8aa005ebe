package io.github.mocksecretsmanager.internal.protocol.operations;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.mocksecretsmanager.internal.engine.NewSecret;
import io.github.mocksecretsmanager.internal.engine.SecretsEngine;
import io.github.mocksecretsmanager.internal.engine.VersionResult;
import io.github.mocksecretsmanager.internal.protocol.Members;
import io.github.mocksecretsmanager.internal.protocol.Operation;
import io.github.mocksecretsmanager.internal.protocol.RequestFields;
import io.github.mocksecretsmanager.internal.protocol.ResponseJson;
import io.github.mocksecretsmanager.internal.protocol.SecretJson;
import io.github.mocksecretsmanager.model.ReplicaRegion;
import io.github.mocksecretsmanager.model.Tag;
import java.io.IOException;
import java.util.List;

/** CreateSecret. */
final class CreateSecret implements Operation {

    private final SecretsEngine engine;

    CreateSecret(SecretsEngine engine) {
        this.engine = engine;
    }

    @Override
    public void invoke(RequestFields request, JsonGenerator out) throws IOException {
        String name = request.requiredString("Name", 1, 512);
        String token = Members.clientRequestToken(request);
        String description = request.optionalString("Description", 0, 2048);
        String kmsKeyId = request.optionalString("KmsKeyId", 0, 2048);
        boolean force = request.optionalBoolean("ForceOverwriteReplicaSecret");
        String type = request.optionalString("Type", 0, 256);
        List<Tag> tags = Members.tags(request);
        List<ReplicaRegion> replicas = Members.addReplicaRegions(request);
        NewSecret secret = new NewSecret(
                name,
                token,
                description == null || description.isEmpty() ? null : description,
                kmsKeyId == null || kmsKeyId.isEmpty() ? null : kmsKeyId,
                Members.secretValue(request),
                tags,
                replicas,
                type == null || type.isEmpty() ? null : type);
        VersionResult result = engine.createSecret(secret, force);
        out.writeStartObject();
        ResponseJson.writeSecretRef(out, result.secret());
        if (result.version() != null) {
            out.writeStringField("VersionId", result.version().versionId());
        }
        if (!result.secret().replicas().isEmpty()) {
            SecretJson.writeReplicationStatus(
                    out, result.secret().replicas()); // moto test_create_secret_that_duplicates
        }
        out.writeEndObject();
    }
}
