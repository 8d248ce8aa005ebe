package io.github.mocksecretsmanager.internal.protocol.operations;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.mocksecretsmanager.internal.engine.SecretsEngine;
import io.github.mocksecretsmanager.internal.engine.VersionResult;
import io.github.mocksecretsmanager.internal.protocol.Members;
import io.github.mocksecretsmanager.internal.protocol.Operation;
import io.github.mocksecretsmanager.internal.protocol.RequestFields;
import io.github.mocksecretsmanager.internal.protocol.ResponseJson;
import java.io.IOException;

/** CancelRotateSecret: {@code VersionId} names an unfinished rotation's version, when there is one. */
final class CancelRotateSecret implements Operation {

    private final SecretsEngine engine;

    CancelRotateSecret(SecretsEngine engine) {
        this.engine = engine;
    }

    @Override
    public void invoke(RequestFields request, JsonGenerator out) throws IOException {
        VersionResult result = engine.cancelRotateSecret(Members.secretId(request));
        out.writeStartObject();
        ResponseJson.writeSecretRef(out, result.secret());
        if (result.version() != null) {
            out.writeStringField("VersionId", result.version().versionId());
        }
        out.writeEndObject();
    }
}
