package io.github.mocksecretsmanager.internal.protocol.operations;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.mocksecretsmanager.internal.engine.SecretsEngine;
import io.github.mocksecretsmanager.internal.protocol.Members;
import io.github.mocksecretsmanager.internal.protocol.Operation;
import io.github.mocksecretsmanager.internal.protocol.RequestFields;
import io.github.mocksecretsmanager.internal.protocol.ResponseJson;
import io.github.mocksecretsmanager.model.SecretMetadata;
import java.io.IOException;

/** GetResourcePolicy: {@code ResourcePolicy} is absent when the secret has none. */
final class GetResourcePolicy implements Operation {

    private final SecretsEngine engine;

    GetResourcePolicy(SecretsEngine engine) {
        this.engine = engine;
    }

    @Override
    public void invoke(RequestFields request, JsonGenerator out) throws IOException {
        SecretMetadata secret = engine.getResourcePolicy(Members.secretId(request));
        out.writeStartObject();
        ResponseJson.writeSecretRef(out, secret);
        ResponseJson.writeOptionalString(out, "ResourcePolicy", secret.resourcePolicy());
        out.writeEndObject();
    }
}
