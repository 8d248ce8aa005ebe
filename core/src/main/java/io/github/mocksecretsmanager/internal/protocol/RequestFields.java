package io.github.mocksecretsmanager.internal.protocol;

import io.github.mocksecretsmanager.internal.engine.AwsException;
import io.github.mocksecretsmanager.internal.engine.ErrorCode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Typed, validated access to the members of a request. A member of the wrong JSON type is a
 * {@code SerializationException}; a value outside the API model's constraints is a
 * {@code ValidationException} in AWS's wording. Values of sensitive members never appear in a message.
 */
public final class RequestFields {

    private static final int MAX_ECHOED_VALUE = 256;

    private final Map<String, Object> members;

    RequestFields(Map<String, Object> members) {
        this.members = members;
    }

    public String requiredString(String member, int min, int max) {
        String value = optionalString(member, min, max);
        if (value == null) {
            throw violation(
                    "Value null at '" + camel(member) + "' failed to satisfy constraint: Member must not be null");
        }
        return value;
    }

    public @Nullable String optionalString(String member, int min, int max) {
        String value = string(member);
        if (value != null) {
            checkLength(member, echoable(value), value.length(), min, max);
        }
        return value;
    }

    /** A sensitive string, measured in UTF-8 bytes as AWS documents for secret values. */
    @Nullable
    String sensitiveString(String member, int minBytes, int maxBytes) {
        String value = string(member);
        if (value != null) {
            int bytes = value.length() > maxBytes ? maxBytes + 1 : value.getBytes(StandardCharsets.UTF_8).length;
            checkLength(member, null, bytes, minBytes, maxBytes);
        }
        return value;
    }

    /** A blob member, base64 on the wire; sensitive. */
    byte @Nullable [] optionalBlob(String member, int minBytes, int maxBytes) {
        String encoded = string(member);
        if (encoded == null) {
            return null;
        }
        byte[] decoded;
        try {
            decoded = Base64.getDecoder().decode(withoutLineBreaks(encoded));
        } catch (IllegalArgumentException e) {
            throw JsonRequest.serialization("The value of '" + member + "' is not valid base64.");
        }
        checkLength(member, null, decoded.length, minBytes, maxBytes);
        return decoded;
    }

    public @Nullable List<String> optionalStringList(
            String member, int minItems, int maxItems, int minLength, int maxLength) {
        Object raw = members.get(member);
        if (raw == null) {
            return null;
        }
        if (!(raw instanceof List)) {
            throw wrongType(member, "a list of strings");
        }
        List<?> items = (List<?>) raw;
        checkLength(member, null, items.size(), minItems, maxItems);
        List<String> strings = new ArrayList<>(items.size());
        for (Object item : items) {
            if (!(item instanceof String)) {
                throw wrongType(member, "a list of strings");
            }
            String value = (String) item;
            checkLength(member + ".member", echoable(value), value.length(), minLength, maxLength);
            strings.add(value);
        }
        return strings;
    }

    /** A JSON object member as its own {@code RequestFields}, or {@code null} when absent. */
    public @Nullable RequestFields optionalObject(String member) {
        Object raw = members.get(member);
        if (raw == null) {
            return null;
        }
        if (!(raw instanceof Map)) {
            throw wrongType(member, "an object");
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> map = (Map<String, Object>) raw;
        return new RequestFields(map);
    }

    /** A list of JSON objects, each returned as its own {@code RequestFields}. */
    public @Nullable List<RequestFields> optionalObjectList(String member) {
        Object raw = members.get(member);
        if (raw == null) {
            return null;
        }
        if (!(raw instanceof List)) {
            throw wrongType(member, "a list of objects");
        }
        List<RequestFields> objects = new ArrayList<>();
        for (Object item : (List<?>) raw) {
            if (!(item instanceof Map)) {
                throw wrongType(member, "a list of objects");
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> map = (Map<String, Object>) item;
            objects.add(new RequestFields(map));
        }
        return objects;
    }

    public boolean optionalBoolean(String member) {
        Object raw = members.get(member);
        if (raw == null) {
            return false;
        }
        if (!(raw instanceof Boolean)) {
            throw wrongType(member, "a boolean");
        }
        return (Boolean) raw;
    }

    public @Nullable Long optionalLong(String member) {
        Object raw = members.get(member);
        if (raw == null) {
            return null;
        }
        if (!(raw instanceof Long)) {
            throw wrongType(member, "an integer");
        }
        return (Long) raw;
    }

    public @Nullable Integer optionalInt(String member, int min, int max) {
        Long value = optionalLong(member);
        if (value == null) {
            return null;
        }
        if (value < min) {
            throw violation(valueAt(member, value.toString())
                    + " failed to satisfy constraint: Member must have value greater than or equal to " + min);
        }
        if (value > max) {
            throw violation(valueAt(member, value.toString())
                    + " failed to satisfy constraint: Member must have value less than or equal to " + max);
        }
        return value.intValue();
    }

    /** A string that must be one of {@code allowed}; {@code null} when absent. */
    public @Nullable String optionalEnum(String member, List<String> allowed) {
        String value = string(member);
        if (value != null && !allowed.contains(value)) {
            throw violation(valueAt(member, echoable(value))
                    + " failed to satisfy constraint: Member must satisfy enum value set: " + allowed);
        }
        return value;
    }

    /** Checks a (non-sensitive) value of {@code member} against the API model's pattern. */
    public static void checkPattern(String member, String value, String pattern) {
        if (!value.matches(pattern)) {
            throw violation(valueAt(member, echoable(value))
                    + " failed to satisfy constraint: Member must satisfy regular expression pattern: " + pattern);
        }
    }

    public boolean has(String member) {
        return members.get(member) != null;
    }

    private @Nullable String string(String member) {
        Object raw = members.get(member);
        if (raw == null) {
            return null;
        }
        if (!(raw instanceof String)) {
            throw wrongType(member, "a string");
        }
        return (String) raw;
    }

    /** @param echo the value to quote in the message, or {@code null} to leave it out */
    private static void checkLength(String member, @Nullable String echo, int length, int min, int max) {
        if (length < min) {
            throw violation(valueAt(member, echo)
                    + " failed to satisfy constraint: Member must have length greater than or equal to " + min);
        }
        if (length > max) {
            throw violation(valueAt(member, echo)
                    + " failed to satisfy constraint: Member must have length less than or equal to " + max);
        }
    }

    private static @Nullable String echoable(String value) {
        return value.length() <= MAX_ECHOED_VALUE ? value : null;
    }

    private static String withoutLineBreaks(String encoded) {
        return encoded.indexOf('\n') < 0 && encoded.indexOf('\r') < 0
                ? encoded
                : encoded.replace("\r", "").replace("\n", "");
    }

    private static String valueAt(String member, @Nullable String echo) {
        return echo == null ? "Value at '" + camel(member) + "'" : "Value '" + echo + "' at '" + camel(member) + "'";
    }

    private static AwsException violation(String detail) {
        return new AwsException(ErrorCode.ValidationException, "1 validation error detected: " + detail);
    }

    private static AwsException wrongType(String member, String expected) {
        return JsonRequest.serialization("The member '" + member + "' must be " + expected + ".");
    }

    private static String camel(String member) {
        return Character.toLowerCase(member.charAt(0)) + member.substring(1);
    }
}
