package io.github.mocksecretsmanager.journal;

import io.github.mocksecretsmanager.faults.ConnectionFault;
import io.github.mocksecretsmanager.faults.FaultRule;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The JSON of the fault and clock admin endpoints ({@code /__admin/faults}, {@code /__admin/clock}),
 * written and read with the same small parser as the journal, so the container module needs no JSON
 * library.
 *
 * <p>A rule is an object: {@code operation} (absent for any), {@code secretId}, then one action:
 * {@code errorType} with {@code status} (default: AWS's for the type) and {@code message}; or
 * {@code latencyMs}, or {@code latencyMinMs} and {@code latencyMaxMs}; or {@code connection}
 * ({@code "reset"}, {@code "closeAfterHeaders"}, {@code "truncatedBody"}, {@code "malformedBody"}); and
 * optionally {@code count} (absent: until removed), {@code probability} with {@code seed}. The server
 * adds the rule's {@code id}.
 */
public final class FaultJson {

    private FaultJson() {}

    private static final Set<String> RULE_FIELDS = Set.of(
            "id",
            "operation",
            "secretId",
            "errorType",
            "status",
            "message",
            "latencyMs",
            "latencyMinMs",
            "latencyMaxMs",
            "connection",
            "count",
            "probability",
            "seed");

    /** One rule as a JSON object. */
    public static String write(FaultRule rule) {
        Map<String, Object> fields = new LinkedHashMap<>();
        put(fields, "id", rule.id());
        put(fields, "operation", rule.operation());
        put(fields, "secretId", rule.secretId());
        if (rule.errorType() != null) {
            fields.put("errorType", rule.errorType());
            fields.put("status", rule.status());
            put(fields, "message", rule.message());
        }
        Duration min = rule.latencyMin();
        Duration max = rule.latencyMax();
        if (min != null && max != null) {
            if (min.equals(max)) {
                fields.put("latencyMs", min.toMillis());
            } else {
                fields.put("latencyMinMs", min.toMillis());
                fields.put("latencyMaxMs", max.toMillis());
            }
        }
        ConnectionFault connection = rule.connection();
        if (connection != null) {
            fields.put("connection", connection.jsonName());
        }
        if (rule.count() > 0) {
            fields.put("count", rule.count());
        }
        if (rule.probability() < 1.0) {
            fields.put("probability", BigDecimal.valueOf(rule.probability()));
            fields.put("seed", rule.seed());
        }
        return Json.write(fields);
    }

    /** {@code {"faults": [...]}}, the answer of {@code GET /__admin/faults}. */
    public static String writeList(List<FaultRule> rules) {
        StringBuilder out = new StringBuilder("{\"faults\":[");
        for (int i = 0; i < rules.size(); i++) {
            out.append(i == 0 ? "" : ",").append(write(rules.get(i)));
        }
        return out.append("]}").toString();
    }

    /**
     * Reads one rule.
     *
     * @throws IllegalArgumentException with a message for the person who wrote it, when the text is not
     *     a valid rule
     */
    public static FaultRule read(String json) {
        Object document;
        try {
            document = Json.parse(json);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("a fault rule must be a JSON object: " + e.getMessage(), e);
        }
        if (!(document instanceof Map<?, ?> map)) {
            throw new IllegalArgumentException("a fault rule must be a JSON object");
        }
        return read(map);
    }

    /** Reads what {@link #writeList} wrote. */
    public static List<FaultRule> readList(String json) {
        if (!(Json.parse(json) instanceof Map<?, ?> map) || !(map.get("faults") instanceof List<?> entries)) {
            throw new IllegalArgumentException("not a list of fault rules: expected {\"faults\": [...]}");
        }
        List<FaultRule> rules = new ArrayList<>(entries.size());
        for (Object entry : entries) {
            if (!(entry instanceof Map<?, ?> fields)) {
                throw new IllegalArgumentException("not a list of fault rules: an entry is not an object");
            }
            rules.add(read(fields));
        }
        return rules;
    }

    private static FaultRule read(Map<?, ?> fields) {
        for (Object name : fields.keySet()) {
            if (!RULE_FIELDS.contains(String.valueOf(name))) {
                throw new IllegalArgumentException("unknown field \"" + name + "\"; a fault rule has " + fieldList());
            }
        }
        String operation = text(fields, "operation");
        FaultRule.Builder match = operation == null ? FaultRule.onAnyOperation() : FaultRule.onOperation(operation);
        String secretId = text(fields, "secretId");
        if (secretId != null) {
            match.secretId(secretId);
        }
        String errorType = text(fields, "errorType");
        Long latency = whole(fields, "latencyMs");
        Long latencyMin = whole(fields, "latencyMinMs");
        Long latencyMax = whole(fields, "latencyMaxMs");
        String connection = text(fields, "connection");
        boolean latencyRange = latencyMin != null || latencyMax != null;
        int actions = (errorType != null ? 1 : 0)
                + (latency != null ? 1 : 0)
                + (latencyRange ? 1 : 0)
                + (connection != null ? 1 : 0);
        if (actions != 1) {
            throw new IllegalArgumentException("a fault rule has exactly one action: errorType, latencyMs,"
                    + " latencyMinMs with latencyMaxMs, or connection");
        }
        if ((errorType == null) && (fields.get("status") != null || fields.get("message") != null)) {
            throw new IllegalArgumentException("status and message go with errorType");
        }
        FaultRule rule;
        if (errorType != null) {
            Long status = whole(fields, "status");
            String message = text(fields, "message");
            int code =
                    status == null ? FaultRule.defaultStatus(errorType) : (int) Math.max(-1, Math.min(status, 1_000));
            rule = message == null ? match.answerError(errorType, code) : match.answerError(errorType, code, message);
        } else if (latency != null) {
            rule = match.latency(Duration.ofMillis(latency));
        } else if (latencyRange) {
            if (latencyMin == null || latencyMax == null) {
                throw new IllegalArgumentException("latencyMinMs and latencyMaxMs go together");
            }
            rule = match.latency(Duration.ofMillis(latencyMin), Duration.ofMillis(latencyMax));
        } else {
            rule = match.connection(ConnectionFault.ofJsonName(String.valueOf(connection)));
        }
        Long count = whole(fields, "count");
        if (count != null) {
            rule = rule.times(count > Integer.MAX_VALUE ? Integer.MAX_VALUE : count.intValue());
        }
        Object probability = fields.get("probability");
        Long seed = whole(fields, "seed");
        if (probability != null) {
            if (!(probability instanceof Number number)) {
                throw new IllegalArgumentException("probability must be a number");
            }
            rule = rule.probability(number.doubleValue(), seed == null ? 0 : seed);
        } else if (seed != null) {
            throw new IllegalArgumentException("seed goes with probability");
        }
        String id = text(fields, "id");
        return id == null ? rule : rule.withId(id);
    }

    private static String fieldList() {
        return "operation, secretId, errorType, status, message, latencyMs, latencyMinMs, latencyMaxMs,"
                + " connection, count, probability and seed";
    }

    private static void put(Map<String, Object> fields, String name, @Nullable Object value) {
        if (value != null) {
            fields.put(name, value);
        }
    }

    private static @Nullable String text(Map<?, ?> fields, String name) {
        Object value = fields.get(name);
        if (value == null) {
            return null;
        }
        if (!(value instanceof String string)) {
            throw new IllegalArgumentException(name + " must be a string");
        }
        return string;
    }

    private static @Nullable Long whole(Map<?, ?> fields, String name) {
        Object value = fields.get(name);
        if (value == null) {
            return null;
        }
        if (!(value instanceof Long number)) {
            throw new IllegalArgumentException(name + " must be a whole number");
        }
        return number;
    }

    /** {@code {"now": "<instant>"}}, the answer of {@code GET /__admin/clock}. */
    public static String writeNow(Instant now) {
        return "{\"now\":" + Json.write(now.toString()) + "}";
    }

    /**
     * Reads what {@link #writeNow} wrote.
     *
     * @throws IllegalArgumentException when the text is not such a document
     */
    public static Instant readNow(String json) {
        if (Json.parse(json) instanceof Map<?, ?> map && map.get("now") instanceof String now) {
            try {
                return Instant.parse(now);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("not a clock answer: now is not an ISO-8601 instant", e);
            }
        }
        throw new IllegalArgumentException("not a clock answer: expected {\"now\": \"<instant>\"}");
    }

    /** {@code {"advance": "<ISO-8601 duration>"}}, for {@code POST /__admin/clock}. */
    public static String writeAdvance(Duration duration) {
        return "{\"advance\":" + Json.write(duration.toString()) + "}";
    }

    /** {@code {"set": "<instant>"}}, for {@code POST /__admin/clock}. */
    public static String writeSet(Instant instant) {
        return "{\"set\":" + Json.write(instant.toString()) + "}";
    }
}
