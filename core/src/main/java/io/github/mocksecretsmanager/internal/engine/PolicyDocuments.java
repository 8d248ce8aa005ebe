package io.github.mocksecretsmanager.internal.engine;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;

/** Resource policies are stored as given; the only check is that the text is one JSON object. */
final class PolicyDocuments {

    private static final JsonFactory JSON = JsonFactory.builder().build();

    private PolicyDocuments() {}

    static void validate(String policy) {
        try (JsonParser parser = JSON.createParser(policy)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw Errors.malformedPolicy();
            }
            parser.skipChildren();
            if (parser.nextToken() != null) {
                throw Errors.malformedPolicy();
            }
        } catch (IOException e) {
            throw Errors.malformedPolicy();
        }
    }
}
