package io.github.mocksecretsmanager.standalone;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import io.github.mocksecretsmanager.SeedSecret;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Deprecated, to be removed in the next release: {@code MSM_SEED_FILE} and {@code MSM_SEEDS} take
 * the {@link io.github.mocksecretsmanager.SeedFile seed file} format instead.
 *
 * <p>Reads the seed secrets of the {@value #NAME} environment variable: a JSON object whose member names
 * are secret names and whose values are either a string (the {@code SecretString}) or an object with
 * exactly one member, {@code "string"} or {@code "binary"} (the {@code SecretBinary}, base64):
 *
 * <pre>{"db/creds": "{\"user\":\"app\"}", "tls/key": {"binary": "AAEC"}}</pre>
 *
 * <p>Error messages name the variable and the position, never the text: it holds secret values.
 */
final class SeedSecretsVariable {

    static final String NAME = "MSM_SEED_SECRETS";

    private SeedSecretsVariable() {}

    static List<SeedSecret> parse(String json) {
        List<SeedSecret> seeds = new ArrayList<>();
        Set<String> names = new HashSet<>();
        try (JsonParser parser = new JsonFactory().createParser(json)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw invalid("must be a JSON object of secret name to value", parser);
            }
            for (JsonToken token = parser.nextToken(); token != JsonToken.END_OBJECT; token = parser.nextToken()) {
                String name = parser.currentName();
                if (!names.add(name)) {
                    throw invalid("names the secret '" + name + "' twice", parser);
                }
                seeds.add(seed(name, parser));
            }
            if (parser.nextToken() != null) {
                throw invalid("has content after the JSON object", parser);
            }
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(NAME + " is not valid JSON" + at(e.getLocation()));
        } catch (IOException e) {
            throw new IllegalArgumentException(NAME + " could not be read");
        }
        return seeds;
    }

    private static SeedSecret seed(String name, JsonParser parser) throws IOException {
        JsonToken token = parser.nextToken();
        if (token == JsonToken.VALUE_STRING) {
            return SeedSecret.ofString(name, parser.getText());
        }
        if (token != JsonToken.START_OBJECT || parser.nextToken() != JsonToken.FIELD_NAME) {
            throw invalid("secret '" + name + "' needs a string or {\"string\": ...} or {\"binary\": base64}", parser);
        }
        String kind = parser.currentName();
        if (parser.nextToken() != JsonToken.VALUE_STRING) {
            throw invalid("secret '" + name + "' needs a string value for '" + kind + "'", parser);
        }
        String value = parser.getText();
        if (parser.nextToken() != JsonToken.END_OBJECT) {
            throw invalid("secret '" + name + "' needs exactly one of \"string\" or \"binary\"", parser);
        }
        switch (kind) {
            case "string":
                return SeedSecret.ofString(name, value);
            case "binary":
                try {
                    return SeedSecret.ofBinary(name, Base64.getDecoder().decode(value));
                } catch (IllegalArgumentException e) {
                    throw invalid("secret '" + name + "' has a binary value that is not base64", parser);
                }
            default:
                throw invalid("secret '" + name + "' needs \"string\" or \"binary\", not '" + kind + "'", parser);
        }
    }

    private static IllegalArgumentException invalid(String problem, JsonParser parser) {
        return new IllegalArgumentException(NAME + " " + problem + at(parser.currentLocation()));
    }

    private static String at(JsonLocation location) {
        return location == null ? "" : " (at character " + (location.getCharOffset() + 1) + ")";
    }
}
