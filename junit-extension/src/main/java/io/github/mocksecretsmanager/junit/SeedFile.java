package io.github.mocksecretsmanager.junit;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.mocksecretsmanager.SeedSecret;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

/**
 * Seed secrets from a classpath JSON file:
 *
 * <pre>{@code
 * [
 *   {"name": "db/creds", "value": {"user": "app", "password": "..."}},
 *   {"name": "api/key", "value": "plain text"},
 *   {"name": "tls/key", "base64": "AAECAw=="}
 * ]
 * }</pre>
 *
 * A {@code value} that is not a JSON string is stored as its compact JSON text. Error messages name
 * the file and the entry, never a value.
 */
final class SeedFile {

    private static final JsonFactory JSON = JsonFactory.builder().build();

    private SeedFile() {}

    static List<SeedSecret> load(String resource, Class<?> testClass) {
        String path = resource.startsWith("/") ? resource.substring(1) : resource;
        ClassLoader loader = testClass.getClassLoader();
        try (InputStream in = loader.getResourceAsStream(path)) {
            if (in == null) {
                throw invalid(resource, testClass, "not found on the classpath");
            }
            return parse(in, resource, testClass);
        } catch (IOException e) {
            throw invalid(
                    resource, testClass, "not readable JSON (" + e.getClass().getSimpleName() + ")");
        }
    }

    private static List<SeedSecret> parse(InputStream in, String resource, Class<?> testClass) throws IOException {
        List<SeedSecret> seeds = new ArrayList<>();
        try (JsonParser parser = JSON.createParser(in)) {
            if (parser.nextToken() != JsonToken.START_ARRAY) {
                throw invalid(resource, testClass, "must hold a JSON array of {\"name\", \"value\" | \"base64\"}");
            }
            while (parser.nextToken() == JsonToken.START_OBJECT) {
                seeds.add(entry(parser, seeds.size(), resource, testClass));
            }
            if (parser.currentToken() != JsonToken.END_ARRAY) {
                throw invalid(resource, testClass, "entry " + seeds.size() + " is not a JSON object");
            }
        }
        return seeds;
    }

    private static SeedSecret entry(JsonParser parser, int index, String resource, Class<?> testClass)
            throws IOException {
        String name = null;
        String value = null;
        String base64 = null;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            JsonToken token = parser.nextToken();
            switch (field) {
                case "name" -> name = token == JsonToken.VALUE_STRING ? parser.getText() : null;
                case "value" -> value = token == JsonToken.VALUE_STRING ? parser.getText() : asJsonText(parser);
                case "base64" -> base64 = token == JsonToken.VALUE_STRING ? parser.getText() : null;
                default ->
                    throw invalid(
                            resource,
                            testClass,
                            "entry " + index + " has an unknown field '" + field + "' (expected name, value, base64)");
            }
        }
        String where = "entry " + index + (name == null ? "" : " (\"" + name + "\")");
        if (name == null || name.isEmpty()) {
            throw invalid(resource, testClass, where + " needs a string \"name\"");
        }
        if ((value == null) == (base64 == null)) {
            throw invalid(resource, testClass, where + " needs exactly one of \"value\" and \"base64\" (a string)");
        }
        if (value != null) {
            return SeedSecret.ofString(name, value);
        }
        try {
            return SeedSecret.ofBinary(name, Base64.getDecoder().decode(base64));
        } catch (IllegalArgumentException e) {
            throw invalid(resource, testClass, where + ": \"base64\" is not valid Base64");
        }
    }

    private static String asJsonText(JsonParser parser) throws IOException {
        if (!parser.currentToken().isStructStart()) {
            return parser.getText();
        }
        StringWriter text = new StringWriter();
        try (JsonGenerator generator = JSON.createGenerator(text)) {
            generator.copyCurrentStructure(parser);
        }
        return text.toString();
    }

    private static ExtensionConfigurationException invalid(String resource, Class<?> testClass, String problem) {
        return new ExtensionConfigurationException(
                "Seed file '" + resource + "' of " + testClass.getName() + ": " + problem);
    }
}
