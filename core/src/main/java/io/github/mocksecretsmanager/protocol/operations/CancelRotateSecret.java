package io.github.mocksecretsmanager.protocol.operations;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.mocksecretsmanager.engine.SecretsEngine;
import io.github.mocksecretsmanager.engine.VersionResult;
import io.github.mocksecretsmanager.protocol.Members;
import io.github.mocksecretsmanager.protocol.Operation;
import io.github.mocksecretsmanager.protocol.RequestFields;
import io.github.mocksecretsmanager.protocol.ResponseJson;
import java.io.IOException;

/** CancelRotateSecret: {@code VersionId} names an unfinished rotation's version, when there is one. */
public final class CancelRotateSecret implements Operation {

    private final SecretsEngine engine;

    public CancelRotateSecret(SecretsEngine engine) {
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
