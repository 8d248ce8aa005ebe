package io.github.mocksecretsmanager.journal;

import java.util.function.IntPredicate;

/**
 * How many matching requests a verification expects.
 *
 * <pre>{@code
 * server.verify(getSecretValue().secretId("db/creds"), times(1));
 * server.verify(deleteSecret(), never());
 * server.verify(putSecretValue(), atLeast(2));
 * }</pre>
 */
public final class Times {

    private final String description;
    private final IntPredicate accepts;

    private Times(String description, IntPredicate accepts) {
        this.description = description;
        this.accepts = accepts;
    }

    /** Exactly {@code count} requests. */
    public static Times times(int count) {
        requireNotNegative(count);
        return new Times("exactly " + count, n -> n == count);
    }

    /** Exactly one request. */
    public static Times once() {
        return times(1);
    }

    /** No request at all. */
    public static Times never() {
        return times(0);
    }

    public static Times atLeast(int count) {
        requireNotNegative(count);
        return new Times("at least " + count, n -> n >= count);
    }

    public static Times atMost(int count) {
        requireNotNegative(count);
        return new Times("at most " + count, n -> n <= count);
    }

    /** From {@code min} to {@code max} requests, both included. */
    public static Times between(int min, int max) {
        requireNotNegative(min);
        if (max < min) {
            throw new IllegalArgumentException("max (" + max + ") must not be less than min (" + min + ")");
        }
        return new Times("between " + min + " and " + max, n -> n >= min && n <= max);
    }

    /** Whether {@code count} matching requests satisfy this expectation. */
    public boolean accepts(int count) {
        return accepts.test(count);
    }

    /** E.g. {@code exactly 1}, {@code at least 2}. */
    @Override
    public String toString() {
        return description;
    }

    private static void requireNotNegative(int count) {
        if (count < 0) {
            throw new IllegalArgumentException("a count of requests cannot be negative: " + count);
        }
    }
}
