package io.github.mocksecretsmanager.internal.protocol.operations;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.mocksecretsmanager.internal.engine.SecretsEngine;
import io.github.mocksecretsmanager.internal.engine.VersionResult;
import io.github.mocksecretsmanager.internal.protocol.Members;
import io.github.mocksecretsmanager.internal.protocol.Operation;
import io.github.mocksecretsmanager.internal.protocol.RequestFields;
import io.github.mocksecretsmanager.internal.protocol.ResponseJson;
import java.io.IOException;

/** UpdateSecret: a value makes a new AWSCURRENT version, as PutSecretValue without stages does. */
final class UpdateSecret implements Operation {

    private final SecretsEngine engine;

    UpdateSecret(SecretsEngine engine) {
        this.engine = engine;
    }

    @Override
    public void invoke(RequestFields request, JsonGenerator out) throws IOException {
        String secretId = Members.secretId(request);
        String token = Members.clientRequestToken(request);
        String description = request.optionalString("Description", 0, 2048);
        String kmsKeyId = request.optionalString("KmsKeyId", 0, 2048);
        String type = request.optionalString("Type", 0, 256);
        VersionResult result = engine.updateSecret(
                secretId,
                token,
                Members.secretValue(request),
                description,
                kmsKeyId,
                type == null || type.isEmpty() ? null : type);
        out.writeStartObject();
        ResponseJson.writeSecretRef(out, result.secret());
        if (result.version() != null) {
            out.writeStringField("VersionId", result.version().versionId());
        }
        out.writeEndObject();
    }
}
