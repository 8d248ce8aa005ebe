package io.github.mocksecretsmanager.internal.protocol.operations;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.mocksecretsmanager.internal.engine.AwsException;
import io.github.mocksecretsmanager.internal.engine.ErrorCode;
import io.github.mocksecretsmanager.internal.engine.SecretsEngine;
import io.github.mocksecretsmanager.internal.protocol.Members;
import io.github.mocksecretsmanager.internal.protocol.Operation;
import io.github.mocksecretsmanager.internal.protocol.RequestFields;
import java.io.IOException;

/** TagResource: an empty response, as on AWS. */
final class TagResource implements Operation {

    private final SecretsEngine engine;

    TagResource(SecretsEngine engine) {
        this.engine = engine;
    }

    @Override
    public void invoke(RequestFields request, JsonGenerator out) throws IOException {
        String secretId = Members.secretId(request);
        if (!request.has("Tags")) {
            throw new AwsException(
                    ErrorCode.ValidationException,
                    "1 validation error detected: Value null at 'tags' failed to satisfy constraint: Member must not"
                            + " be null");
        }
        engine.tagResource(secretId, Members.tags(request));
        out.writeStartObject();
        out.writeEndObject();
    }
}
