package io.github.mocksecretsmanager.internal.protocol.operations;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.mocksecretsmanager.internal.engine.PasswordSpec;
import io.github.mocksecretsmanager.internal.engine.SecretsEngine;
import io.github.mocksecretsmanager.internal.protocol.Operation;
import io.github.mocksecretsmanager.internal.protocol.RequestFields;
import java.io.IOException;

/** GetRandomPassword. */
final class GetRandomPassword implements Operation {

    private final SecretsEngine engine;

    GetRandomPassword(SecretsEngine engine) {
        this.engine = engine;
    }

    @Override
    public void invoke(RequestFields request, JsonGenerator out) throws IOException {
        Integer length = request.optionalInt("PasswordLength", 1, 4096);
        String exclude = request.optionalString("ExcludeCharacters", 0, 4096);
        PasswordSpec spec = new PasswordSpec(
                length == null ? PasswordSpec.DEFAULT_LENGTH : length,
                exclude == null ? "" : exclude,
                request.optionalBoolean("ExcludeNumbers"),
                request.optionalBoolean("ExcludePunctuation"),
                request.optionalBoolean("ExcludeUppercase"),
                request.optionalBoolean("ExcludeLowercase"),
                request.optionalBoolean("IncludeSpace"),
                !request.has("RequireEachIncludedType") || request.optionalBoolean("RequireEachIncludedType"));
        String password = engine.getRandomPassword(spec);
        out.writeStartObject();
        out.writeStringField("RandomPassword", password);
        out.writeEndObject();
    }
}
