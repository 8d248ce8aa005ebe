package io.github.mocksecretsmanager.internal.protocol.operations;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.mocksecretsmanager.internal.engine.SecretsEngine;
import io.github.mocksecretsmanager.internal.protocol.Members;
import io.github.mocksecretsmanager.internal.protocol.Operation;
import io.github.mocksecretsmanager.internal.protocol.RequestFields;
import io.github.mocksecretsmanager.internal.protocol.ResponseJson;
import io.github.mocksecretsmanager.model.SecretMetadata;
import java.io.IOException;

/** UpdateSecretVersionStage. */
final class UpdateSecretVersionStage implements Operation {

    private final SecretsEngine engine;

    UpdateSecretVersionStage(SecretsEngine engine) {
        this.engine = engine;
    }

    @Override
    public void invoke(RequestFields request, JsonGenerator out) throws IOException {
        String secretId = Members.secretId(request);
        String stage = request.requiredString("VersionStage", 1, 256);
        String removeFrom = Members.versionId(request, "RemoveFromVersionId");
        String moveTo = Members.versionId(request, "MoveToVersionId");
        SecretMetadata secret = engine.updateSecretVersionStage(secretId, stage, removeFrom, moveTo);
        out.writeStartObject();
        ResponseJson.writeSecretRef(out, secret);
        out.writeEndObject();
    }
}
