package io.github.mocksecretsmanager.internal.protocol.operations;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.mocksecretsmanager.internal.engine.PolicyValidationError;
import io.github.mocksecretsmanager.internal.engine.SecretsEngine;
import io.github.mocksecretsmanager.internal.protocol.Operation;
import io.github.mocksecretsmanager.internal.protocol.RequestFields;
import java.io.IOException;
import java.util.List;

/**
 * ValidateResourcePolicy: a policy that breaks the IAM grammar gets {@code MalformedPolicyDocumentException};
 * one that grants broad access answers {@code PolicyValidationPassed: false} with its validation errors.
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
        List<PolicyValidationError> errors = engine.validateResourcePolicy(secretId, policy);
        out.writeStartObject();
        out.writeBooleanField("PolicyValidationPassed", errors.isEmpty());
        out.writeArrayFieldStart("ValidationErrors");
        for (PolicyValidationError error : errors) {
            out.writeStartObject();
            out.writeStringField("CheckName", error.checkName());
            out.writeStringField("ErrorMessage", error.errorMessage());
            out.writeEndObject();
        }
        out.writeEndArray();
        out.writeEndObject();
    }
}
