package io.github.mocksecretsmanager.internal.protocol;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import io.github.mocksecretsmanager.internal.engine.AwsException;
import io.github.mocksecretsmanager.internal.engine.ErrorCode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Parses an awsJson1_1 request body into plain Java values: {@code Map}, {@code List},
 * {@code String}, {@code Long}, {@code Double}, {@code Boolean}. JSON {@code null} members are
 * dropped, as AWS treats them as absent. Anything that is not a single JSON object is a
 * {@code SerializationException}; parser messages are not passed on because they may quote input.
 */
final class JsonRequest {

    static final int MAX_DEPTH = 16;

    private JsonRequest() {}

    static Map<String, Object> parseObject(JsonFactory factory, byte[] body) {
        if (body.length == 0) {
            return Map.of(); // AWS accepts an empty body as an empty request
        }
        try (JsonParser parser = factory.createParser(body)) {
            JsonToken first = parser.nextToken();
            if (first != JsonToken.START_OBJECT) {
                throw serialization("The request body must be a JSON object.");
            }
            Map<String, Object> object = readObject(parser, 1);
            if (parser.nextToken() != null) {
                throw serialization("Unexpected content after the JSON object.");
            }
            return object;
        } catch (JsonProcessingException e) {
            throw serialization("The request body is not valid JSON.");
        } catch (IOException e) {
            throw serialization("The request body could not be read.");
        }
    }

    private static Map<String, Object> readObject(JsonParser parser, int depth) throws IOException {
        checkDepth(depth);
        Map<String, Object> object = new LinkedHashMap<>();
        for (JsonToken token = parser.nextToken(); token != JsonToken.END_OBJECT; token = parser.nextToken()) {
            String name = parser.currentName();
            Object value = readValue(parser, parser.nextToken(), depth);
            if (object.containsKey(name)) {
                throw serialization("The request has the member '" + printable(name) + "' more than once.");
            }
            if (value != null) {
                object.put(name, value);
            }
        }
        return object;
    }

    private static List<Object> readArray(JsonParser parser, int depth) throws IOException {
        checkDepth(depth);
        List<Object> array = new ArrayList<>();
        for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
            array.add(readValue(parser, token, depth));
        }
        return array;
    }

    private static @Nullable Object readValue(JsonParser parser, JsonToken token, int depth) throws IOException {
        switch (token) {
            case START_OBJECT:
                return readObject(parser, depth + 1);
            case START_ARRAY:
                return readArray(parser, depth + 1);
            case VALUE_STRING:
                return parser.getText();
            case VALUE_NUMBER_INT:
                return parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER
                        ? (Object) parser.getDoubleValue()
                        : (Object) parser.getLongValue();
            case VALUE_NUMBER_FLOAT:
                return parser.getDoubleValue();
            case VALUE_TRUE:
                return Boolean.TRUE;
            case VALUE_FALSE:
                return Boolean.FALSE;
            case VALUE_NULL:
                return null;
            default:
                throw serialization("The request body is not valid JSON.");
        }
    }

    private static void checkDepth(int depth) {
        if (depth > MAX_DEPTH) {
            throw serialization("The request body is nested too deeply.");
        }
    }

    /** A member name for an error message: short, and only printable ASCII. */
    static String printable(String name) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < name.length() && i < 64; i++) {
            char c = name.charAt(i);
            out.append(c >= 0x20 && c < 0x7f && c != '\'' ? c : '?');
        }
        return out.toString();
    }

    static AwsException serialization(String message) {
        return new AwsException(ErrorCode.SerializationException, message);
    }
}
