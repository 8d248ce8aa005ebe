package io.github.mocksecretsmanager.internal.protocol.operations;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.mocksecretsmanager.internal.engine.SecretsEngine;
import io.github.mocksecretsmanager.internal.protocol.Members;
import io.github.mocksecretsmanager.internal.protocol.Operation;
import io.github.mocksecretsmanager.internal.protocol.RequestFields;
import io.github.mocksecretsmanager.internal.protocol.ResponseJson;
import io.github.mocksecretsmanager.model.SecretMetadata;
import java.io.IOException;

/**
 * PutResourcePolicy: checks the policy against the IAM grammar and stores its text as given; with
 * {@code BlockPublicPolicy} a policy granting broad access is refused.
 */
final class PutResourcePolicy implements Operation {

    private final SecretsEngine engine;

    PutResourcePolicy(SecretsEngine engine) {
        this.engine = engine;
    }

    @Override
    public void invoke(RequestFields request, JsonGenerator out) throws IOException {
        String secretId = Members.secretId(request);
        String policy = request.requiredString("ResourcePolicy", 1, 20480);
        boolean blockPublicPolicy = request.optionalBoolean("BlockPublicPolicy");
        SecretMetadata secret = engine.putResourcePolicy(secretId, policy, blockPublicPolicy);
        out.writeStartObject();
        ResponseJson.writeSecretRef(out, secret);
        out.writeEndObject();
    }
}
