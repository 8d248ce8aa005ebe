package io.github.mocksecretsmanager.internal.protocol.operations;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.mocksecretsmanager.internal.engine.SecretsEngine;
import io.github.mocksecretsmanager.internal.protocol.Members;
import io.github.mocksecretsmanager.internal.protocol.Operation;
import io.github.mocksecretsmanager.internal.protocol.RequestFields;
import io.github.mocksecretsmanager.internal.protocol.ResponseJson;
import io.github.mocksecretsmanager.model.SecretMetadata;
import java.io.IOException;

/** RestoreSecret. */
final class RestoreSecret implements Operation {

    private final SecretsEngine engine;

    RestoreSecret(SecretsEngine engine) {
        this.engine = engine;
    }

    @Override
    public void invoke(RequestFields request, JsonGenerator out) throws IOException {
        SecretMetadata secret = engine.restoreSecret(Members.secretId(request));
        out.writeStartObject();
        ResponseJson.writeSecretRef(out, secret);
        out.writeEndObject();
    }
}
