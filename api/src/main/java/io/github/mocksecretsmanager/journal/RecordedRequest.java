package io.github.mocksecretsmanager.journal;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * One AWS request the emulator received, as its request journal keeps it: what was asked, of which
 * secret, and how it ended. Immutable.
 *
 * <p>It never holds a secret value: {@code SecretString}, {@code SecretBinary}, {@code RotationToken}
 * and every other member that could carry one are left out when the request is recorded. To assert a
 * value, read the secret's state instead.
 */
public final class RecordedRequest {

    private final long sequence;
    private final Instant time;
    private final String operation;
    private final @Nullable String secretId;
    private final @Nullable String secretName;
    private final @Nullable String secretArn;
    private final @Nullable String versionId;
    private final List<String> stages;
    private final @Nullable String clientRequestToken;
    private final Map<String, String> parameters;
    private final int status;
    private final @Nullable String errorType;
    private final @Nullable String hint;
    private final Duration duration;
    private final @Nullable String region;
    private final @Nullable String accessKeyId;
    private final @Nullable String userAgent;
    private final @Nullable String fault;

    private RecordedRequest(Builder builder) {
        sequence = builder.sequence;
        time = Objects.requireNonNull(builder.time, "time");
        operation = Objects.requireNonNull(builder.operation, "operation");
        secretId = builder.secretId;
        secretName = builder.secretName;
        secretArn = builder.secretArn;
        versionId = builder.versionId;
        stages = List.copyOf(builder.stages);
        clientRequestToken = builder.clientRequestToken;
        parameters = Map.copyOf(builder.parameters);
        status = builder.status;
        errorType = builder.errorType;
        hint = builder.hint;
        duration = Objects.requireNonNull(builder.duration, "duration");
        region = builder.region;
        accessKeyId = builder.accessKeyId;
        userAgent = builder.userAgent;
        fault = builder.fault;
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        Builder builder = new Builder()
                .sequence(sequence)
                .time(time)
                .operation(operation)
                .secretId(secretId)
                .secretName(secretName)
                .secretArn(secretArn)
                .versionId(versionId)
                .stages(stages)
                .clientRequestToken(clientRequestToken)
                .status(status)
                .errorType(errorType)
                .hint(hint)
                .duration(duration)
                .region(region)
                .accessKeyId(accessKeyId)
                .userAgent(userAgent)
                .fault(fault);
        builder.parameters.putAll(parameters);
        return builder;
    }

    /** The position in the journal: 1 for the first request after a start or reset, then increasing. */
    public long sequence() {
        return sequence;
    }

    /** When the request arrived, by the server's clock. */
    public Instant time() {
        return time;
    }

    /** The action of {@code X-Amz-Target}, e.g. {@code PutSecretValue}; as sent, even when unknown. */
    public String operation() {
        return operation;
    }

    /** {@code SecretId} as sent (a name, a full ARN or a partial ARN), or {@code Name} for CreateSecret. */
    public @Nullable String secretId() {
        return secretId;
    }

    /** The name of the secret {@link #secretId()} resolved to, or {@code null} when none did. */
    public @Nullable String secretName() {
        return secretName;
    }

    /** The full ARN of the secret {@link #secretId()} resolved to, or {@code null} when none did. */
    public @Nullable String secretArn() {
        return secretArn;
    }

    /** {@code VersionId} as sent (GetSecretValue, the version of PutSecretValue is its token). */
    public @Nullable String versionId() {
        return versionId;
    }

    /**
     * The staging labels the request named, as sent: {@code VersionStage} or {@code VersionStages}.
     * Empty when it named none (a PutSecretValue without stages still makes its version current).
     */
    public List<String> stages() {
        return stages;
    }

    public @Nullable String clientRequestToken() {
        return clientRequestToken;
    }

    /**
     * The other request members that say what was asked (filters, flags, limits, target versions),
     * each as its compact JSON text, e.g. {@code "ForceDeleteWithoutRecovery" -> "true"}. Never a
     * member that can carry a secret value.
     */
    public Map<String, String> parameters() {
        return parameters;
    }

    /** The HTTP status of the answer (200, or the error's status). */
    public int status() {
        return status;
    }

    /** The AWS error type of the answer ({@code __type}), or {@code null} when it succeeded. */
    public @Nullable String errorType() {
        return errorType;
    }

    /** Whether the answer was a success (HTTP 2xx). */
    public boolean succeeded() {
        return status >= 200 && status < 300;
    }

    /**
     * Why a secret was not found, when the emulator can tell (a similar name, another region or
     * account, an ARN whose suffix belongs to an older secret), or {@code null}. The answer on the wire
     * stays exactly AWS's; the hint is only here and in the server's log.
     */
    public @Nullable String hint() {
        return hint;
    }

    /** How long the server took, from the request's arrival to its answer being ready to send. */
    public Duration duration() {
        return duration;
    }

    /** The region of the request's signature, or {@code null} for an unsigned request. */
    public @Nullable String region() {
        return region;
    }

    /** The access key id of the request's signature, or {@code null} for an unsigned request. */
    public @Nullable String accessKeyId() {
        return accessKeyId;
    }

    public @Nullable String userAgent() {
        return userAgent;
    }

    /** The injected fault that answered this request instead of the emulator, or {@code null}. */
    public @Nullable String fault() {
        return fault;
    }

    /**
     * Whether {@code id} (a name, a full ARN or a partial ARN) names the secret this request was
     * about: the id as sent, or the name or ARN it resolved to.
     */
    public boolean isAbout(String id) {
        if (id.equals(secretId) || id.equals(secretName) || id.equals(secretArn)) {
            return true;
        }
        return secretArn != null && id.equals(SecretIds.partialArn(secretArn));
    }

    /** One line: sequence, operation, secret, version, stages, outcome; never a value. */
    @Override
    public String toString() {
        StringBuilder line = new StringBuilder("#").append(sequence).append(' ').append(operation);
        if (secretId != null) {
            line.append(" secretId=").append(secretId);
            if (secretName != null && !secretName.equals(secretId)) {
                line.append(" (").append(secretName).append(')');
            }
        }
        if (versionId != null) {
            line.append(" versionId=").append(versionId);
        }
        if (!stages.isEmpty()) {
            line.append(" stages=").append(stages);
        }
        if (clientRequestToken != null) {
            line.append(" clientRequestToken=").append(clientRequestToken);
        }
        new TreeMap<>(parameters)
                .forEach((name, value) ->
                        line.append(' ').append(name).append('=').append(value));
        line.append(" -> ").append(status);
        if (errorType != null) {
            line.append(' ').append(errorType);
        }
        if (fault != null) {
            line.append(" (fault: ").append(fault).append(')');
        }
        if (hint != null) {
            line.append(" [hint: ").append(hint).append(']');
        }
        return line.toString();
    }

    @Override
    public boolean equals(@Nullable Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof RecordedRequest)) {
            return false;
        }
        RecordedRequest that = (RecordedRequest) other;
        return sequence == that.sequence
                && status == that.status
                && time.equals(that.time)
                && operation.equals(that.operation)
                && Objects.equals(secretId, that.secretId)
                && Objects.equals(secretName, that.secretName)
                && Objects.equals(secretArn, that.secretArn)
                && Objects.equals(versionId, that.versionId)
                && stages.equals(that.stages)
                && Objects.equals(clientRequestToken, that.clientRequestToken)
                && parameters.equals(that.parameters)
                && Objects.equals(errorType, that.errorType)
                && Objects.equals(hint, that.hint)
                && duration.equals(that.duration)
                && Objects.equals(region, that.region)
                && Objects.equals(accessKeyId, that.accessKeyId)
                && Objects.equals(userAgent, that.userAgent)
                && Objects.equals(fault, that.fault);
    }

    @Override
    public int hashCode() {
        return Objects.hash(sequence, operation, secretId, status, time);
    }

    /** Builds a {@link RecordedRequest}; the server fills it in as a request passes. */
    public static final class Builder {
        private long sequence;
        private @Nullable Instant time;
        private @Nullable String operation;
        private @Nullable String secretId;
        private @Nullable String secretName;
        private @Nullable String secretArn;
        private @Nullable String versionId;
        private List<String> stages = List.of();
        private @Nullable String clientRequestToken;
        private final Map<String, String> parameters = new LinkedHashMap<>();
        private int status;
        private @Nullable String errorType;
        private @Nullable String hint;
        private Duration duration = Duration.ZERO;
        private @Nullable String region;
        private @Nullable String accessKeyId;
        private @Nullable String userAgent;
        private @Nullable String fault;

        private Builder() {}

        public Builder sequence(long sequence) {
            this.sequence = sequence;
            return this;
        }

        public Builder time(Instant time) {
            this.time = time;
            return this;
        }

        public Builder operation(String operation) {
            this.operation = operation;
            return this;
        }

        public Builder secretId(@Nullable String secretId) {
            this.secretId = secretId;
            return this;
        }

        public Builder secretName(@Nullable String secretName) {
            this.secretName = secretName;
            return this;
        }

        public Builder secretArn(@Nullable String secretArn) {
            this.secretArn = secretArn;
            return this;
        }

        public Builder versionId(@Nullable String versionId) {
            this.versionId = versionId;
            return this;
        }

        public Builder stages(List<String> stages) {
            this.stages = List.copyOf(stages);
            return this;
        }

        public Builder clientRequestToken(@Nullable String clientRequestToken) {
            this.clientRequestToken = clientRequestToken;
            return this;
        }

        /**
         * A request member, as parsed from JSON ({@code String}, {@code Boolean}, a {@code Number},
         * {@code List} or {@code Map}); kept as its compact JSON text. Never one that carries a secret value.
         */
        public Builder parameter(String name, @Nullable Object value) {
            parameters.put(Objects.requireNonNull(name, "name"), Json.write(value));
            return this;
        }

        public Builder status(int status) {
            this.status = status;
            return this;
        }

        public Builder errorType(@Nullable String errorType) {
            this.errorType = errorType;
            return this;
        }

        public Builder hint(@Nullable String hint) {
            this.hint = hint;
            return this;
        }

        public Builder duration(Duration duration) {
            this.duration = duration;
            return this;
        }

        public Builder region(@Nullable String region) {
            this.region = region;
            return this;
        }

        public Builder accessKeyId(@Nullable String accessKeyId) {
            this.accessKeyId = accessKeyId;
            return this;
        }

        public Builder userAgent(@Nullable String userAgent) {
            this.userAgent = userAgent;
            return this;
        }

        public Builder fault(@Nullable String fault) {
            this.fault = fault;
            return this;
        }

        public RecordedRequest build() {
            return new RecordedRequest(this);
        }
    }
}
