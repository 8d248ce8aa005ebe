package io.github.mocksecretsmanager.internal.protocol.operations;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.mocksecretsmanager.internal.engine.SecretsEngine;
import io.github.mocksecretsmanager.internal.protocol.Operation;
import io.github.mocksecretsmanager.internal.protocol.RequestFields;
import java.io.IOException;

/**
 * ValidateResourcePolicy: a policy that is a JSON object passes; one that is not gets
 * {@code MalformedPolicyDocumentException}. IAM's policy checks are not emulated.
 */
final class ValidateResourcePolicy implements Operation {

    private final SecretsEngine engine;

    ValidateResourcePolicy(SecretsEngine engine) {
        this.engine = engine;
    }

    @Override
    public void invoke(RequestFields request, JsonGenerator out) throws IOException {
        String secretId = request.optionalString("SecretId", 1, 2048);
        String policy = request.requiredString("ResourcePolicy", 1, 20480);
        engine.validateResourcePolicy(secretId, policy);
        out.writeStartObject();
        out.writeBooleanField("PolicyValidationPassed", true);
        out.writeArrayFieldStart("ValidationErrors");
        out.writeEndArray();
        out.writeEndObject();
    }
}
