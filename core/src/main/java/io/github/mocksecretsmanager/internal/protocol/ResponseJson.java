package io.github.mocksecretsmanager.internal.protocol;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.mocksecretsmanager.model.SecretMetadata;
import io.github.mocksecretsmanager.model.SecretValue;
import io.github.mocksecretsmanager.model.SecretVersion;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Writers for the fields several responses share. Timestamps are epoch seconds with milliseconds. */
public final class ResponseJson {

    private ResponseJson() {}

    public static void writeTimestamp(JsonGenerator out, String field, @Nullable Instant instant) throws IOException {
        if (instant == null) {
            return;
        }
        long millis = instant.toEpochMilli();
        long seconds = Math.floorDiv(millis, 1000);
        int fraction = Math.floorMod(millis, 1000);
        out.writeFieldName(field);
        if (fraction == 0) {
            out.writeNumber(seconds);
        } else {
            StringBuilder number = new StringBuilder(20).append(seconds).append('.');
            if (fraction < 100) {
                number.append('0');
            }
            if (fraction < 10) {
                number.append('0');
            }
            out.writeNumber(number.append(fraction).toString());
        }
    }

    /** {@code ARN} and {@code Name}, which nearly every response starts with. */
    public static void writeSecretRef(JsonGenerator out, SecretMetadata secret) throws IOException {
        out.writeStringField("ARN", secret.arn());
        out.writeStringField("Name", secret.name());
    }

    public static void writeStringList(JsonGenerator out, String field, List<String> values) throws IOException {
        out.writeArrayFieldStart(field);
        for (String value : values) {
            out.writeString(value);
        }
        out.writeEndArray();
    }

    /** {@code SecretString} or {@code SecretBinary} (base64), whichever the version holds. */
    public static void writeSecretValue(JsonGenerator out, SecretVersion version) throws IOException {
        SecretValue value = version.value();
        if (value.isString()) {
            out.writeStringField("SecretString", value.string());
        } else {
            out.writeFieldName("SecretBinary");
            out.writeBinary(value.binary());
        }
    }

    /** Omits the field when the string is {@code null} or empty, as AWS does for optional text. */
    public static void writeOptionalString(JsonGenerator out, String field, @Nullable String value) throws IOException {
        if (value != null && !value.isEmpty()) {
            out.writeStringField(field, value);
        }
    }
}
