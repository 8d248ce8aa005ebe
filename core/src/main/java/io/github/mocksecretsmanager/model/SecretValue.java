package io.github.mocksecretsmanager.model;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The sensitive payload of one secret version: either a string or binary data, never both.
 *
 * <p>Instances are immutable. {@link #toString()} never reveals the value, so a {@code SecretValue}
 * can safely end up in a log line, an assertion message or a debugger watch.
 */
public final class SecretValue {

    private final @Nullable String string;
    private final byte @Nullable [] binary;

    private SecretValue(@Nullable String string, byte @Nullable [] binary) {
        this.string = string;
        this.binary = binary;
    }

    /** A value stored as {@code SecretString}. */
    public static SecretValue ofString(String value) {
        return new SecretValue(Objects.requireNonNull(value, "value"), null);
    }

    /** A value stored as {@code SecretBinary}; the array is copied. */
    public static SecretValue ofBinary(byte[] value) {
        return new SecretValue(null, Objects.requireNonNull(value, "value").clone());
    }

    public boolean isString() {
        return string != null;
    }

    public boolean isBinary() {
        return binary != null;
    }

    /** The {@code SecretString}; throws {@link IllegalStateException} for a binary value. */
    public String string() {
        if (string == null) {
            throw new IllegalStateException("this secret value is binary; use binary()");
        }
        return string;
    }

    /** A copy of the {@code SecretBinary}; throws {@link IllegalStateException} for a string value. */
    public byte[] binary() {
        if (binary == null) {
            throw new IllegalStateException("this secret value is a string; use string()");
        }
        return binary.clone();
    }

    /** Size in bytes as AWS counts it for its 65,536-byte limit (UTF-8 for strings). */
    public int sizeInBytes() {
        return binary != null ? binary.length : string().getBytes(StandardCharsets.UTF_8).length;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof SecretValue)) {
            return false;
        }
        SecretValue that = (SecretValue) other;
        return Objects.equals(string, that.string) && Arrays.equals(binary, that.binary);
    }

    @Override
    public int hashCode() {
        return string != null ? string.hashCode() : Arrays.hashCode(binary);
    }

    @Override
    public String toString() {
        return string != null ? "SecretValue[string, redacted]" : "SecretValue[binary, redacted]";
    }
}
