package io.github.mocksecretsmanager.protocol.operations;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.mocksecretsmanager.engine.AwsException;
import io.github.mocksecretsmanager.engine.ErrorCode;
import io.github.mocksecretsmanager.engine.SecretsEngine;
import io.github.mocksecretsmanager.protocol.Members;
import io.github.mocksecretsmanager.protocol.Operation;
import io.github.mocksecretsmanager.protocol.RequestFields;
import java.io.IOException;

/** TagResource: an empty response, as on AWS. */
public final class TagResource implements Operation {

    private final SecretsEngine engine;

    public TagResource(SecretsEngine engine) {
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
