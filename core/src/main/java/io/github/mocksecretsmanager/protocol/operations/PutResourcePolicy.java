package io.github.mocksecretsmanager.protocol.operations;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.mocksecretsmanager.SecretMetadata;
import io.github.mocksecretsmanager.engine.SecretsEngine;
import io.github.mocksecretsmanager.protocol.Members;
import io.github.mocksecretsmanager.protocol.Operation;
import io.github.mocksecretsmanager.protocol.RequestFields;
import io.github.mocksecretsmanager.protocol.ResponseJson;
import java.io.IOException;

/** PutResourcePolicy: stores the policy text as given; {@code BlockPublicPolicy} is accepted, not evaluated. */
public final class PutResourcePolicy implements Operation {

    private final SecretsEngine engine;

    public PutResourcePolicy(SecretsEngine engine) {
        this.engine = engine;
    }

    @Override
    public void invoke(RequestFields request, JsonGenerator out) throws IOException {
        String secretId = Members.secretId(request);
        String policy = request.requiredString("ResourcePolicy", 1, 20480);
        request.optionalBoolean("BlockPublicPolicy");
        SecretMetadata secret = engine.putResourcePolicy(secretId, policy);
        out.writeStartObject();
        ResponseJson.writeSecretRef(out, secret);
        out.writeEndObject();
    }
}
