package io.github.mocksecretsmanager.internal.protocol.operations;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.mocksecretsmanager.internal.engine.SecretsEngine;
import io.github.mocksecretsmanager.internal.engine.VersionResult;
import io.github.mocksecretsmanager.internal.protocol.Members;
import io.github.mocksecretsmanager.internal.protocol.Operation;
import io.github.mocksecretsmanager.internal.protocol.RequestFields;
import io.github.mocksecretsmanager.internal.protocol.ResponseJson;
import java.io.IOException;

/** GetSecretValue. */
final class GetSecretValue implements Operation {

    private final SecretsEngine engine;

    GetSecretValue(SecretsEngine engine) {
        this.engine = engine;
    }

    @Override
    public void invoke(RequestFields request, JsonGenerator out) throws IOException {
        String secretId = Members.secretId(request);
        String versionId = Members.versionId(request, "VersionId");
        String stage = request.optionalString("VersionStage", 1, 256);
        VersionResult result = engine.getSecretValue(secretId, versionId, stage);
        out.writeStartObject();
        ResponseJson.writeSecretRef(out, result.secret());
        out.writeStringField("VersionId", result.version().versionId());
        ResponseJson.writeSecretValue(out, result.version());
        ResponseJson.writeStringList(out, "VersionStages", result.version().stages());
        ResponseJson.writeTimestamp(out, "CreatedDate", result.version().createdDate());
        out.writeEndObject();
    }
}
