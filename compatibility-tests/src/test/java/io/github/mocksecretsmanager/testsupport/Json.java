package io.github.mocksecretsmanager.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * JSON text to plain Java values (objects become maps, arrays lists, numbers {@code Long} or
 * {@code Double}), with a few lines of jackson-core instead of a data-binding dependency. Equal JSON
 * gives equal values whatever the member order.
 */
public final class Json {

    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    private Json() {}

    /** Parses {@code json}, which must be one JSON object and nothing after it. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> object(String json) {
        Object value = parse(json);
        assertThat(value).as("not a JSON object: %s", json).isInstanceOf(Map.class);
        return (Map<String, Object>) value;
    }

    /** Parses one JSON value; a duplicate member name or trailing content fails the test. */
    public static Object parse(String json) {
        try (JsonParser parser = FACTORY.createParser(json)) {
            assertThat(parser.nextToken()).as("empty JSON text").isNotNull();
            Object value = read(parser);
            assertThat(parser.nextToken()).as("trailing content in %s", json).isNull();
            return value;
        } catch (IOException e) {
            throw new UncheckedIOException("Not JSON: " + json, e);
        }
    }

    private static Object read(JsonParser parser) throws IOException {
        JsonToken token = parser.currentToken();
        switch (token) {
            case START_OBJECT: {
                Map<String, Object> object = new LinkedHashMap<>();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String name = parser.currentName();
                    parser.nextToken();
                    assertThat(object).as("member %s twice", name).doesNotContainKey(name);
                    object.put(name, read(parser));
                }
                return object;
            }
            case START_ARRAY: {
                List<Object> array = new ArrayList<>();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    array.add(read(parser));
                }
                return array;
            }
            case VALUE_STRING:
                return parser.getText();
            case VALUE_NUMBER_INT:
                return parser.getLongValue();
            case VALUE_NUMBER_FLOAT:
                return parser.getDoubleValue();
            case VALUE_TRUE:
                return Boolean.TRUE;
            case VALUE_FALSE:
                return Boolean.FALSE;
            case VALUE_NULL:
                return null;
            default:
                throw new IllegalStateException("unexpected JSON token " + token);
        }
    }
}
