package io.github.mocksecretsmanager.reliability.fuzz;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * The AWS service model (botocore's JSON form) of the operations and their input shapes, read with
 * jackson-core's streaming parser: types, required members, length and size bounds, patterns and enums.
 */
public final class ServiceModel {

    /** One shape of the model; {@code min}/{@code max} are lengths, sizes or numeric bounds by type. */
    public record Shape(
            String name,
            String type,
            Map<String, String> members,
            Set<String> required,
            @Nullable Long min,
            @Nullable Long max,
            @Nullable String pattern,
            List<String> enumValues,
            @Nullable String member,
            @Nullable String key,
            @Nullable String value) {}

    private final Map<String, Shape> shapes;
    private final Map<String, String> operationInputs;

    private ServiceModel(Map<String, Shape> shapes, Map<String, String> operationInputs) {
        this.shapes = shapes;
        this.operationInputs = operationInputs;
    }

    /** Reads the model from a classpath resource. */
    public static ServiceModel load(String resource) {
        try (InputStream in = Objects.requireNonNull(ServiceModel.class.getResourceAsStream(resource), resource);
                JsonParser parser = new JsonFactory().createParser(in)) {
            parser.nextToken();
            Map<?, ?> root = (Map<?, ?>) read(parser);
            Map<String, Shape> shapes = new TreeMap<>();
            ((Map<?, ?>) root.get("shapes"))
                    .forEach((name, definition) ->
                            shapes.put((String) name, shape((String) name, (Map<?, ?>) definition)));
            Map<String, String> inputs = new TreeMap<>();
            ((Map<?, ?>) root.get("operations")).forEach((name, definition) -> {
                Map<?, ?> input = (Map<?, ?>) ((Map<?, ?>) definition).get("input");
                inputs.put((String) name, input == null ? "" : (String) input.get("shape"));
            });
            return new ServiceModel(shapes, inputs);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The operation names, sorted. */
    public List<String> operations() {
        return List.copyOf(operationInputs.keySet());
    }

    /** The input structure of an operation. */
    public Shape input(String operation) {
        return shape(operationInputs.get(operation));
    }

    public Shape shape(String name) {
        return Objects.requireNonNull(shapes.get(name), name);
    }

    private static Shape shape(String name, Map<?, ?> definition) {
        Map<String, String> members = new LinkedHashMap<>();
        Map<?, ?> declared = (Map<?, ?>) definition.get("members");
        if (declared != null) {
            declared.forEach(
                    (member, target) -> members.put((String) member, (String) ((Map<?, ?>) target).get("shape")));
        }
        Set<String> required = new TreeSet<>();
        List<?> requiredList = (List<?>) definition.get("required");
        if (requiredList != null) {
            requiredList.forEach(r -> required.add((String) r));
        }
        List<String> enumValues = new ArrayList<>();
        List<?> enums = (List<?>) definition.get("enum");
        if (enums != null) {
            enums.forEach(e -> enumValues.add((String) e));
        }
        return new Shape(
                name,
                (String) definition.get("type"),
                members,
                required,
                number(definition.get("min")),
                number(definition.get("max")),
                (String) definition.get("pattern"),
                enumValues,
                target(definition.get("member")),
                target(definition.get("key")),
                target(definition.get("value")));
    }

    private static @Nullable Long number(@Nullable Object value) {
        return value == null ? null : ((Number) value).longValue();
    }

    private static @Nullable String target(@Nullable Object reference) {
        return reference == null ? null : (String) ((Map<?, ?>) reference).get("shape");
    }

    /** A JSON value as maps, lists, strings, numbers, booleans and null. */
    private static @Nullable Object read(JsonParser parser) throws IOException {
        JsonToken token = parser.currentToken();
        switch (token) {
            case START_OBJECT -> {
                Map<String, Object> map = new LinkedHashMap<>();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String name = parser.currentName();
                    parser.nextToken();
                    Object value = read(parser);
                    if (value != null) {
                        map.put(name, value);
                    }
                }
                return map;
            }
            case START_ARRAY -> {
                List<Object> list = new ArrayList<>();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    Object value = read(parser);
                    if (value != null) {
                        list.add(value);
                    }
                }
                return list;
            }
            case VALUE_STRING -> {
                return parser.getText();
            }
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
                return parser.getNumberValue();
            }
            case VALUE_TRUE -> {
                return Boolean.TRUE;
            }
            case VALUE_FALSE -> {
                return Boolean.FALSE;
            }
            default -> {
                return null;
            }
        }
    }
}
