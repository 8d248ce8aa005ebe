package io.github.mocksecretsmanager.protocol.operations;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.mocksecretsmanager.SecretMetadata;
import io.github.mocksecretsmanager.engine.SecretsEngine;
import io.github.mocksecretsmanager.protocol.Members;
import io.github.mocksecretsmanager.protocol.Operation;
import io.github.mocksecretsmanager.protocol.RequestFields;
import io.github.mocksecretsmanager.protocol.ResponseJson;
import java.io.IOException;

/** DeleteResourcePolicy. */
public final class DeleteResourcePolicy implements Operation {

    private final SecretsEngine engine;

    public DeleteResourcePolicy(SecretsEngine engine) {
        this.engine = engine;
    }

    @Override
    public void invoke(RequestFields request, JsonGenerator out) throws IOException {
        SecretMetadata secret = engine.deleteResourcePolicy(Members.secretId(request));
        out.writeStartObject();
        ResponseJson.writeSecretRef(out, secret);
        out.writeEndObject();
    }
}
