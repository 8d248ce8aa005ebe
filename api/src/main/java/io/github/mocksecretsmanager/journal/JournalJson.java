package io.github.mocksecretsmanager.journal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The request journal as the admin API sends it: {@code {"requests": [ ... ]}}, oldest first, each
 * entry an object with the {@link RecordedRequest} fields ({@code sequence}, {@code time},
 * {@code operation}, {@code secretId}, {@code secretName}, {@code secretArn}, {@code versionId},
 * {@code stages}, {@code clientRequestToken}, {@code parameters}, {@code status}, {@code errorType},
 * {@code hint}, {@code durationMicros}, {@code region}, {@code accessKeyId}, {@code userAgent},
 * {@code fault}); absent values are {@code null}.
 */
public final class JournalJson {

    private JournalJson() {}

    public static String write(List<RecordedRequest> requests) {
        StringBuilder out = new StringBuilder(64 + 400 * requests.size()).append("{\"requests\":[");
        for (int i = 0; i < requests.size(); i++) {
            out.append(i == 0 ? "" : ",");
            write(requests.get(i), out);
        }
        return out.append("]}").toString();
    }

    /**
     * Reads what {@link #write} wrote.
     *
     * @throws IllegalArgumentException when the text is not such a document
     */
    public static List<RecordedRequest> read(String json) {
        Object document = Json.parse(json);
        if (!(document instanceof Map<?, ?> map) || !(map.get("requests") instanceof List<?> entries)) {
            throw new IllegalArgumentException("not a request journal: expected {\"requests\": [...]}");
        }
        List<RecordedRequest> requests = new ArrayList<>(entries.size());
        for (Object entry : entries) {
            if (!(entry instanceof Map<?, ?> fields)) {
                throw new IllegalArgumentException("not a request journal: an entry is not an object");
            }
            requests.add(read(fields));
        }
        return requests;
    }

    private static void write(RecordedRequest request, StringBuilder out) {
        out.append("{\"sequence\":").append(request.sequence());
        field(out, "time", request.time().toString());
        field(out, "operation", request.operation());
        field(out, "secretId", request.secretId());
        field(out, "secretName", request.secretName());
        field(out, "secretArn", request.secretArn());
        field(out, "versionId", request.versionId());
        out.append(",\"stages\":");
        Json.write(request.stages(), out);
        field(out, "clientRequestToken", request.clientRequestToken());
        out.append(",\"parameters\":{");
        boolean first = true;
        for (Map.Entry<String, String> parameter : request.parameters().entrySet()) {
            out.append(first ? "" : ",");
            Json.writeString(parameter.getKey(), out);
            out.append(':').append(parameter.getValue());
            first = false;
        }
        out.append("},\"status\":").append(request.status());
        field(out, "errorType", request.errorType());
        field(out, "hint", request.hint());
        out.append(",\"durationMicros\":").append(request.duration().toNanos() / 1_000);
        field(out, "region", request.region());
        field(out, "accessKeyId", request.accessKeyId());
        field(out, "userAgent", request.userAgent());
        field(out, "fault", request.fault());
        out.append('}');
    }

    private static void field(StringBuilder out, String name, @Nullable String value) {
        out.append(",\"").append(name).append("\":");
        Json.write(value, out);
    }

    private static RecordedRequest read(Map<?, ?> fields) {
        RecordedRequest.Builder builder = RecordedRequest.builder()
                .sequence(number(fields, "sequence"))
                .time(Instant.parse(required(fields, "time")))
                .operation(required(fields, "operation"))
                .secretId(text(fields, "secretId"))
                .secretName(text(fields, "secretName"))
                .secretArn(text(fields, "secretArn"))
                .versionId(text(fields, "versionId"))
                .clientRequestToken(text(fields, "clientRequestToken"))
                .status((int) number(fields, "status"))
                .errorType(text(fields, "errorType"))
                .hint(text(fields, "hint"))
                .duration(Duration.ofNanos(number(fields, "durationMicros") * 1_000))
                .region(text(fields, "region"))
                .accessKeyId(text(fields, "accessKeyId"))
                .userAgent(text(fields, "userAgent"))
                .fault(text(fields, "fault"));
        if (fields.get("stages") instanceof List<?> stages) {
            builder.stages(stages.stream().map(String::valueOf).toList());
        }
        if (fields.get("parameters") instanceof Map<?, ?> parameters) {
            parameters.forEach((name, value) -> builder.parameter(String.valueOf(name), value));
        }
        return builder.build();
    }

    private static @Nullable String text(Map<?, ?> fields, String name) {
        Object value = fields.get(name);
        return value == null ? null : value.toString();
    }

    private static String required(Map<?, ?> fields, String name) {
        String value = text(fields, name);
        if (value == null) {
            throw new IllegalArgumentException("not a request journal: an entry has no " + name);
        }
        return value;
    }

    private static long number(Map<?, ?> fields, String name) {
        if (!(fields.get(name) instanceof Number number)) {
            throw new IllegalArgumentException("not a request journal: an entry has no number " + name);
        }
        return number.longValue();
    }
}
