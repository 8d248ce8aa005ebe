package io.github.mocksecretsmanager.journal;

import io.github.mocksecretsmanager.rotation.Rotation;
import io.github.mocksecretsmanager.rotation.RotationEvent;
import io.github.mocksecretsmanager.rotation.RotationState;
import io.github.mocksecretsmanager.rotation.RotationStep;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The JSON of rotations: the event a webhook receives ({@code {"Step", "SecretId", "ClientRequestToken",
 * "RotationToken"}}, as Secrets Manager sends a rotation Lambda) and the answers of {@code
 * /__admin/rotations}. Written and read with the journal's small parser, so adapters need no JSON library.
 */
public final class RotationJson {

    private RotationJson() {}

    /** The event as a JSON object, the body of a webhook's POST. */
    public static String writeEvent(RotationEvent event) {
        return Json.write(new LinkedHashMap<String, Object>(event.asMap()));
    }

    /**
     * Reads an event.
     *
     * @throws IllegalArgumentException when the text is not an event
     */
    public static RotationEvent readEvent(String json) {
        Map<?, ?> fields = object(json, "a rotation event");
        return new RotationEvent(
                RotationStep.of(required(fields, "Step")),
                required(fields, "SecretId"),
                required(fields, "ClientRequestToken"),
                required(fields, "RotationToken"));
    }

    /** One rotation as a JSON object. */
    public static String writeRotation(Rotation rotation) {
        return Json.write(fields(rotation));
    }

    /** {@code {"rotations": [...]}}, the answer of {@code GET /__admin/rotations}. */
    public static String writeRotations(List<Rotation> rotations) {
        List<Object> list = new ArrayList<>(rotations.size());
        for (Rotation rotation : rotations) {
            list.add(fields(rotation));
        }
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("rotations", list);
        return Json.write(document);
    }

    /** Reads what {@link #writeRotation} wrote. */
    public static Rotation readRotation(String json) {
        return rotation(object(json, "a rotation"));
    }

    /** Reads what {@link #writeRotations} wrote. */
    public static List<Rotation> readRotations(String json) {
        if (!(object(json, "a list of rotations").get("rotations") instanceof List<?> entries)) {
            throw new IllegalArgumentException("not a list of rotations: expected {\"rotations\": [...]}");
        }
        List<Rotation> rotations = new ArrayList<>(entries.size());
        for (Object entry : entries) {
            if (!(entry instanceof Map<?, ?> fields)) {
                throw new IllegalArgumentException("not a list of rotations: an entry is not an object");
            }
            rotations.add(rotation(fields));
        }
        return rotations;
    }

    /**
     * Reads {@code {"rotationFunctions": ["arn", ...]}}, the answer of {@code GET
     * /__admin/rotation-functions}.
     */
    public static List<String> readRotationFunctions(String json) {
        if (!(object(json, "a list of rotation functions").get("rotationFunctions") instanceof List<?> entries)) {
            throw new IllegalArgumentException(
                    "not a list of rotation functions: expected {\"rotationFunctions\": [...]}");
        }
        List<String> arns = new ArrayList<>(entries.size());
        for (Object entry : entries) {
            if (!(entry instanceof String arn)) {
                throw new IllegalArgumentException("not a list of rotation functions: an entry is not a string");
            }
            arns.add(arn);
        }
        return arns;
    }

    private static Map<String, Object> fields(Rotation rotation) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("secretArn", rotation.secretArn());
        fields.put("secretName", rotation.secretName());
        fields.put("versionId", rotation.versionId());
        fields.put("lambdaArn", rotation.lambdaArn());
        fields.put("state", rotation.state().name());
        List<Object> steps = new ArrayList<>();
        rotation.completedSteps().forEach(step -> steps.add(step.awsName()));
        fields.put("completedSteps", steps);
        if (rotation.failedStep() != null) {
            fields.put("failedStep", rotation.failedStep().awsName());
        }
        if (rotation.failure() != null) {
            fields.put("failure", rotation.failure());
        }
        fields.put("testOnly", rotation.testOnly());
        return fields;
    }

    private static Rotation rotation(Map<?, ?> fields) {
        List<RotationStep> completed = new ArrayList<>();
        if (fields.get("completedSteps") instanceof List<?> steps) {
            for (Object step : steps) {
                completed.add(RotationStep.of(String.valueOf(step)));
            }
        }
        String failedStep = optional(fields, "failedStep");
        return new Rotation(
                required(fields, "secretArn"),
                required(fields, "secretName"),
                required(fields, "versionId"),
                required(fields, "lambdaArn"),
                RotationState.valueOf(required(fields, "state")),
                completed,
                failedStep == null ? null : RotationStep.of(failedStep),
                optional(fields, "failure"),
                Boolean.TRUE.equals(fields.get("testOnly")));
    }

    private static Map<?, ?> object(String json, String what) {
        Object document;
        try {
            document = Json.parse(json);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(what + " must be a JSON object: " + e.getMessage(), e);
        }
        if (!(document instanceof Map<?, ?> map)) {
            throw new IllegalArgumentException(what + " must be a JSON object");
        }
        return map;
    }

    private static String required(Map<?, ?> fields, String name) {
        String value = optional(fields, name);
        if (value == null) {
            throw new IllegalArgumentException("\"" + name + "\" is missing");
        }
        return value;
    }

    private static @Nullable String optional(Map<?, ?> fields, String name) {
        Object value = fields.get(name);
        if (value == null) {
            return null;
        }
        if (!(value instanceof String string)) {
            throw new IllegalArgumentException("\"" + name + "\" must be a string");
        }
        return string;
    }
}
