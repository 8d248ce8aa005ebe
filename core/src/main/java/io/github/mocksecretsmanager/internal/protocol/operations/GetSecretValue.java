package io.github.mocksecretsmanager.internal.protocol.operations;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.mocksecretsmanager.internal.engine.SecretsEngine;
import io.github.mocksecretsmanager.internal.engine.VersionResult;
import io.github.mocksecretsmanager.internal.protocol.Members;
import io.github.mocksecretsmanager.internal.protocol.Operation;
import io.github.mocksecretsmanager.internal.protocol.RequestFields;
import io.github.mocksecretsmanager.internal.protocol.ResponseJson;
import io.github.mocksecretsmanager.model.SecretVersion;
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
        SecretVersion version = result.requiredVersion();
        out.writeStartObject();
        ResponseJson.writeSecretRef(out, result.secret());
        out.writeStringField("VersionId", version.versionId());
        ResponseJson.writeSecretValue(out, version);
        ResponseJson.writeStringList(out, "VersionStages", version.stages());
        ResponseJson.writeTimestamp(out, "CreatedDate", version.createdDate());
        out.writeEndObject();
    }
}
