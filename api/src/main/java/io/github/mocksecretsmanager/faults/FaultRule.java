package io.github.mocksecretsmanager.faults;

import java.time.Duration;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What a server does instead of answering normally: which requests it applies to (an operation or
 * any, optionally one secret by any of its ids), one action (an AWS error, latency, or a broken
 * connection) and how often (the next {@code n} matching calls, every one, or with a seeded
 * probability).
 *
 * <pre>{@code
 * server.addFault(FaultRule.onOperation("GetSecretValue").throttle().times(2));
 * server.addFault(FaultRule.onAnyOperation().latency(Duration.ofMillis(200)));
 * server.addFault(FaultRule.onOperation("GetSecretValue").secretId("db/creds")
 *         .connection(ConnectionFault.RESET).probability(0.5, 42));
 * }</pre>
 *
 * <p>Immutable: {@link #times} and {@link #probability} return a new rule.
 */
public final class FaultRule {

    /** AWS's documented error types and their HTTP status. */
    public static final String THROTTLING = "ThrottlingException";

    public static final String INTERNAL_SERVICE_ERROR = "InternalServiceError";
    public static final String LIMIT_EXCEEDED = "LimitExceededException";
    public static final String SERVICE_UNAVAILABLE = "ServiceUnavailable";

    private final @Nullable String id;
    private final @Nullable String operation;
    private final @Nullable String secretId;
    private final @Nullable String errorType;
    private final int status;
    private final @Nullable String message;
    private final @Nullable Duration latencyMin;
    private final @Nullable Duration latencyMax;
    private final @Nullable ConnectionFault connection;
    private final int count;
    private final double probability;
    private final long seed;

    private FaultRule(
            Builder match,
            @Nullable String errorType,
            int status,
            @Nullable String message,
            @Nullable Duration latencyMin,
            @Nullable Duration latencyMax,
            @Nullable ConnectionFault connection) {
        this(
                null,
                match.operation,
                match.secretId,
                errorType,
                status,
                message,
                latencyMin,
                latencyMax,
                connection,
                0,
                1.0,
                0);
    }

    @SuppressWarnings("TooManyParameters")
    private FaultRule(
            @Nullable String id,
            @Nullable String operation,
            @Nullable String secretId,
            @Nullable String errorType,
            int status,
            @Nullable String message,
            @Nullable Duration latencyMin,
            @Nullable Duration latencyMax,
            @Nullable ConnectionFault connection,
            int count,
            double probability,
            long seed) {
        this.id = id;
        this.operation = operation;
        this.secretId = secretId;
        this.errorType = errorType;
        this.status = status;
        this.message = message;
        this.latencyMin = latencyMin;
        this.latencyMax = latencyMax;
        this.connection = connection;
        this.count = count;
        this.probability = probability;
        this.seed = seed;
    }

    /** A rule for requests of one operation, e.g. {@code "GetSecretValue"}. */
    public static Builder onOperation(String operation) {
        return new Builder(requireText(operation, "operation"));
    }

    /** A rule for requests of every operation. */
    public static Builder onAnyOperation() {
        return new Builder(null);
    }

    /** The requests a rule applies to; each action method ends it and returns the rule. */
    public static final class Builder {
        private final @Nullable String operation;
        private @Nullable String secretId;

        private Builder(@Nullable String operation) {
            this.operation = operation;
        }

        /** Only requests about this secret: any of its ids (name, full ARN, partial ARN) matches. */
        public Builder secretId(String secretId) {
            this.secretId = requireText(secretId, "secretId");
            return this;
        }

        /** Answers an AWS error: {@code {"__type": type, "Message": ...}} with {@code x-amzn-ErrorType}. */
        public FaultRule answerError(String errorType, int status) {
            return answerError(errorType, status, defaultMessage(errorType));
        }

        /** Answers an AWS error with this message. */
        public FaultRule answerError(String errorType, int status, String message) {
            requireText(errorType, "errorType");
            if (status < 400 || status > 599) {
                throw new IllegalArgumentException("status must be an error status, 400 to 599: " + status);
            }
            return new FaultRule(this, errorType, status, Objects.requireNonNull(message, "message"), null, null, null);
        }

        /** {@code ThrottlingException}, HTTP 400. */
        public FaultRule throttle() {
            return answerError(THROTTLING, 400);
        }

        /** {@code InternalServiceError}, HTTP 500. */
        public FaultRule internalServiceError() {
            return answerError(INTERNAL_SERVICE_ERROR, 500);
        }

        /** {@code LimitExceededException}, HTTP 400. */
        public FaultRule limitExceeded() {
            return answerError(LIMIT_EXCEEDED, 400);
        }

        /** {@code ServiceUnavailable}, HTTP 503. */
        public FaultRule serviceUnavailable() {
            return answerError(SERVICE_UNAVAILABLE, 503);
        }

        /** Answers normally, {@code delay} late. */
        public FaultRule latency(Duration delay) {
            return latency(delay, delay);
        }

        /** Answers normally, late by a delay between {@code min} and {@code max} (inclusive). */
        public FaultRule latency(Duration min, Duration max) {
            Objects.requireNonNull(min, "min");
            Objects.requireNonNull(max, "max");
            if (min.isNegative() || max.compareTo(min) < 0) {
                throw new IllegalArgumentException(
                        "latency must be 0 or more, min no more than max: " + min + ", " + max);
            }
            return new FaultRule(this, null, 0, null, min, max, null);
        }

        /** Breaks the connection instead of answering. */
        public FaultRule connection(ConnectionFault fault) {
            return new FaultRule(this, null, 0, null, null, null, Objects.requireNonNull(fault, "fault"));
        }
    }

    /** The same rule, for the next {@code n} matching calls only (it is then removed). */
    public FaultRule times(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("count must be 1 or more: " + n);
        }
        return new FaultRule(
                id,
                operation,
                secretId,
                errorType,
                status,
                message,
                latencyMin,
                latencyMax,
                connection,
                n,
                probability,
                seed);
    }

    /**
     * The same rule, firing for each matching call with probability {@code p}, decided by a random
     * sequence from {@code seed}: the same calls in the same order fault the same way every run.
     */
    public FaultRule probability(double p, long seed) {
        if (!(p > 0 && p <= 1)) {
            throw new IllegalArgumentException("probability must be more than 0 and at most 1: " + p);
        }
        return new FaultRule(
                id,
                operation,
                secretId,
                errorType,
                status,
                message,
                latencyMin,
                latencyMax,
                connection,
                count,
                p,
                seed);
    }

    /** The same rule with the id its server gave it; for servers and their clients. */
    public FaultRule withId(String id) {
        return new FaultRule(
                requireText(id, "id"),
                operation,
                secretId,
                errorType,
                status,
                message,
                latencyMin,
                latencyMax,
                connection,
                count,
                probability,
                seed);
    }

    /** The id the server gave the rule, or {@code null} for a rule not added yet. */
    public @Nullable String id() {
        return id;
    }

    /** The operation, or {@code null} for every operation. */
    public @Nullable String operation() {
        return operation;
    }

    /** The secret, or {@code null} for requests about any secret or none. */
    public @Nullable String secretId() {
        return secretId;
    }

    /** The error type answered, or {@code null} when the action is latency or a connection fault. */
    public @Nullable String errorType() {
        return errorType;
    }

    /** The HTTP status of the error; 0 when the action is not an error. */
    public int status() {
        return status;
    }

    /** The error's message, or {@code null} when the action is not an error. */
    public @Nullable String message() {
        return message;
    }

    /** The shortest delay, or {@code null} when the action is not latency. */
    public @Nullable Duration latencyMin() {
        return latencyMin;
    }

    /** The longest delay, or {@code null} when the action is not latency. */
    public @Nullable Duration latencyMax() {
        return latencyMax;
    }

    /** The connection fault, or {@code null} when the action is not one. */
    public @Nullable ConnectionFault connection() {
        return connection;
    }

    /** How many matching calls the rule applies to; 0 for every one until it is removed. */
    public int count() {
        return count;
    }

    /** The chance that a matching call faults; 1 for every one. */
    public double probability() {
        return probability;
    }

    /** The seed of the random sequence {@link #probability} draws from. */
    public long seed() {
        return seed;
    }

    /** What the rule does, as the journal records it: {@code "ThrottlingException"}, {@code "connection reset"}. */
    public String description() {
        if (errorType != null) {
            return errorType;
        }
        if (connection != null) {
            return connection.description();
        }
        return "latency " + millis(latencyMin)
                + (latencyMin != null && latencyMin.equals(latencyMax) ? "ms" : "-" + millis(latencyMax) + "ms");
    }

    private static long millis(@Nullable Duration duration) {
        return duration == null ? 0 : duration.toMillis();
    }

    /**
     * The message AWS answers throttling with ({@code "Rate exceeded"}, as seen from AWS's JSON
     * services), else the description AWS's documentation gives for the error type (the "Common Errors"
     * and Secrets Manager API reference pages); a generic one for other types.
     */
    static String defaultMessage(String errorType) {
        return switch (errorType) {
            case THROTTLING -> "Rate exceeded";
            case INTERNAL_SERVICE_ERROR -> "An error occurred on the server side.";
            case LIMIT_EXCEEDED -> "The request failed because it would exceed one of the Secrets Manager quotas.";
            case SERVICE_UNAVAILABLE -> "The request has failed due to a temporary failure of the server.";
            default -> "Injected fault: " + errorType;
        };
    }

    /** The HTTP status AWS answers {@code errorType} with; 400 for a type it does not know. */
    public static int defaultStatus(String errorType) {
        return switch (errorType) {
            case INTERNAL_SERVICE_ERROR -> 500;
            case SERVICE_UNAVAILABLE -> 503;
            default -> 400;
        };
    }

    private static String requireText(@Nullable String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be empty");
        }
        return value;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof FaultRule that
                && Objects.equals(id, that.id)
                && Objects.equals(operation, that.operation)
                && Objects.equals(secretId, that.secretId)
                && Objects.equals(errorType, that.errorType)
                && status == that.status
                && Objects.equals(message, that.message)
                && Objects.equals(latencyMin, that.latencyMin)
                && Objects.equals(latencyMax, that.latencyMax)
                && connection == that.connection
                && count == that.count
                && Double.compare(probability, that.probability) == 0
                && seed == that.seed;
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, operation, secretId, errorType, status, latencyMin, connection, count, probability);
    }

    @Override
    public String toString() {
        return "FaultRule[" + (id == null ? "" : id + ": ") + (operation == null ? "any operation" : operation)
                + (secretId == null ? "" : " on " + secretId) + " -> " + description()
                + (status == 0 ? "" : " " + status) + (count == 0 ? "" : ", " + count + " times")
                + (probability == 1.0 ? "" : ", probability " + probability + " seed " + seed) + "]";
    }
}
