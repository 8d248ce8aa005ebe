package io.github.mocksecretsmanager.internal.protocol.operations;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.mocksecretsmanager.internal.engine.AwsException;
import io.github.mocksecretsmanager.internal.engine.ErrorCode;
import io.github.mocksecretsmanager.internal.engine.SecretsEngine;
import io.github.mocksecretsmanager.internal.protocol.Members;
import io.github.mocksecretsmanager.internal.protocol.Operation;
import io.github.mocksecretsmanager.internal.protocol.RequestFields;
import java.io.IOException;
import java.util.List;

/** UntagResource: an empty response; afterwards DescribeSecret shows {@code Tags}, even when empty. */
final class UntagResource implements Operation {

    private final SecretsEngine engine;

    UntagResource(SecretsEngine engine) {
        this.engine = engine;
    }

    @Override
    public void invoke(RequestFields request, JsonGenerator out) throws IOException {
        String secretId = Members.secretId(request);
        List<String> keys = request.optionalStringList("TagKeys", 0, 50, 1, 128);
        if (keys == null) {
            throw new AwsException(
                    ErrorCode.ValidationException,
                    "1 validation error detected: Value null at 'tagKeys' failed to satisfy constraint: Member must"
                            + " not be null");
        }
        engine.untagResource(secretId, keys);
        out.writeStartObject();
        out.writeEndObject();
    }
}
