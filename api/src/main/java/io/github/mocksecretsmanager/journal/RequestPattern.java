package io.github.mocksecretsmanager.journal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * Which recorded requests to count or find: an operation (or any), optionally narrowed by secret,
 * version, stage, token, outcome and request members. Immutable: each method returns a new pattern.
 *
 * <pre>{@code
 * import static io.github.mocksecretsmanager.journal.RequestPattern.*;
 * import static io.github.mocksecretsmanager.journal.Times.*;
 *
 * server.verify(putSecretValue().secretId("db/creds").stage("AWSPENDING"), times(1));
 * server.verify(deleteSecret(), never());
 * }</pre>
 *
 * <p>A secret id matches every id of the same secret: its name, its full ARN and its partial ARN
 * (without the random suffix), whichever the request sent.
 */
public final class RequestPattern {

    /** The weight of each part in how far a request is from the pattern, for near misses. */
    private static final int OPERATION_WEIGHT = 10;

    private static final int SECRET_WEIGHT = 10;
    private static final int DETAIL_WEIGHT = 3;
    private static final int OUTCOME_WEIGHT = 2;
    private static final int PARAMETER_WEIGHT = 1;

    private final @Nullable String operation;
    private final @Nullable String secretId;
    private final @Nullable String versionId;
    private final @Nullable String stage;
    private final @Nullable String clientRequestToken;
    private final @Nullable Boolean succeeded;
    private final @Nullable Integer status;
    private final @Nullable String errorType;
    private final Map<String, String> parameters;
    private final List<Described> conditions;

    private RequestPattern(
            @Nullable String operation,
            @Nullable String secretId,
            @Nullable String versionId,
            @Nullable String stage,
            @Nullable String clientRequestToken,
            @Nullable Boolean succeeded,
            @Nullable Integer status,
            @Nullable String errorType,
            Map<String, String> parameters,
            List<Described> conditions) {
        this.operation = operation;
        this.secretId = secretId;
        this.versionId = versionId;
        this.stage = stage;
        this.clientRequestToken = clientRequestToken;
        this.succeeded = succeeded;
        this.status = status;
        this.errorType = errorType;
        this.parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
        this.conditions = List.copyOf(conditions);
    }

    /** Every request, whatever its operation. */
    public static RequestPattern anyRequest() {
        return new RequestPattern(null, null, null, null, null, null, null, null, Map.of(), List.of());
    }

    /** Requests of the operation named as in {@code X-Amz-Target}, e.g. {@code "PutSecretValue"}. */
    public static RequestPattern request(String operation) {
        return anyRequest().withOperation(Objects.requireNonNull(operation, "operation"));
    }

    public static RequestPattern batchGetSecretValue() {
        return request("BatchGetSecretValue");
    }

    public static RequestPattern cancelRotateSecret() {
        return request("CancelRotateSecret");
    }

    public static RequestPattern createSecret() {
        return request("CreateSecret");
    }

    public static RequestPattern deleteResourcePolicy() {
        return request("DeleteResourcePolicy");
    }

    public static RequestPattern deleteSecret() {
        return request("DeleteSecret");
    }

    public static RequestPattern describeSecret() {
        return request("DescribeSecret");
    }

    public static RequestPattern getRandomPassword() {
        return request("GetRandomPassword");
    }

    public static RequestPattern getResourcePolicy() {
        return request("GetResourcePolicy");
    }

    public static RequestPattern getSecretValue() {
        return request("GetSecretValue");
    }

    public static RequestPattern listSecrets() {
        return request("ListSecrets");
    }

    public static RequestPattern listSecretVersionIds() {
        return request("ListSecretVersionIds");
    }

    public static RequestPattern putResourcePolicy() {
        return request("PutResourcePolicy");
    }

    public static RequestPattern putSecretValue() {
        return request("PutSecretValue");
    }

    public static RequestPattern removeRegionsFromReplication() {
        return request("RemoveRegionsFromReplication");
    }

    public static RequestPattern replicateSecretToRegions() {
        return request("ReplicateSecretToRegions");
    }

    public static RequestPattern restoreSecret() {
        return request("RestoreSecret");
    }

    public static RequestPattern rotateSecret() {
        return request("RotateSecret");
    }

    public static RequestPattern stopReplicationToReplica() {
        return request("StopReplicationToReplica");
    }

    public static RequestPattern tagResource() {
        return request("TagResource");
    }

    public static RequestPattern untagResource() {
        return request("UntagResource");
    }

    public static RequestPattern updateSecret() {
        return request("UpdateSecret");
    }

    public static RequestPattern updateSecretVersionStage() {
        return request("UpdateSecretVersionStage");
    }

    public static RequestPattern validateResourcePolicy() {
        return request("ValidateResourcePolicy");
    }

    /** About the secret with this name, full ARN or partial ARN, however the request named it. */
    public RequestPattern secretId(String id) {
        Objects.requireNonNull(id, "id");
        return copy(b -> b.secretId = id);
    }

    /** With this {@code VersionId}. */
    public RequestPattern versionId(String id) {
        Objects.requireNonNull(id, "id");
        return copy(b -> b.versionId = id);
    }

    /** Naming this staging label ({@code VersionStage}, or one of {@code VersionStages}). */
    public RequestPattern stage(String label) {
        Objects.requireNonNull(label, "label");
        return copy(b -> b.stage = label);
    }

    public RequestPattern clientRequestToken(String token) {
        Objects.requireNonNull(token, "token");
        return copy(b -> b.clientRequestToken = token);
    }

    /** Answered with success. */
    public RequestPattern succeeded() {
        return copy(b -> b.succeeded = Boolean.TRUE);
    }

    /** Answered with an error. */
    public RequestPattern failed() {
        return copy(b -> b.succeeded = Boolean.FALSE);
    }

    /** Answered with this HTTP status. */
    public RequestPattern status(int httpStatus) {
        return copy(b -> b.status = httpStatus);
    }

    /** Answered with this AWS error type, e.g. {@code "ResourceNotFoundException"}. */
    public RequestPattern errorType(String type) {
        Objects.requireNonNull(type, "type");
        return copy(b -> b.errorType = type);
    }

    /**
     * With a request member of this value, e.g. {@code parameter("ForceDeleteWithoutRecovery", true)},
     * {@code parameter("RecoveryWindowInDays", 7)} or {@code parameter("SortOrder", "desc")}; lists and
     * maps compare as JSON. See {@link RecordedRequest#parameters()}.
     */
    public RequestPattern parameter(String member, Object value) {
        Objects.requireNonNull(member, "member");
        String jsonText = Json.write(Objects.requireNonNull(value, "value"));
        return copy(b -> b.parameters.put(member, jsonText));
    }

    /** With anything else a test can say of a {@link RecordedRequest}; the description is shown in failures. */
    public RequestPattern matching(String description, Predicate<RecordedRequest> condition) {
        Described described = new Described(
                Objects.requireNonNull(description, "description"), Objects.requireNonNull(condition, "condition"));
        return copy(b -> b.conditions.add(described));
    }

    /** Whether the request is one this pattern describes. */
    public boolean matches(RecordedRequest request) {
        return differences(request).isEmpty();
    }

    /** The parts of this pattern the request does not meet, e.g. {@code ["operation", "stage"]}. */
    public List<String> differences(RecordedRequest request) {
        List<String> differences = new ArrayList<>();
        if (operation != null && !operation.equals(request.operation())) {
            differences.add("operation");
        }
        if (secretId != null && !request.isAbout(secretId)) {
            differences.add("secretId");
        }
        if (versionId != null && !versionId.equals(request.versionId())) {
            differences.add("versionId");
        }
        if (stage != null && !request.stages().contains(stage)) {
            differences.add("stage");
        }
        if (clientRequestToken != null && !clientRequestToken.equals(request.clientRequestToken())) {
            differences.add("clientRequestToken");
        }
        if (succeeded != null && succeeded != request.succeeded()) {
            differences.add(succeeded ? "succeeded" : "failed");
        }
        if (status != null && status != request.status()) {
            differences.add("status");
        }
        if (errorType != null && !errorType.equals(request.errorType())) {
            differences.add("errorType");
        }
        parameters.forEach((member, value) -> {
            if (!value.equals(request.parameters().get(member))) {
                differences.add(member);
            }
        });
        for (Described condition : conditions) {
            if (!condition.predicate().test(request)) {
                differences.add(condition.description());
            }
        }
        return differences;
    }

    /** How far the request is from this pattern: 0 when it matches; the operation and secret weigh most. */
    int distance(RecordedRequest request) {
        int distance = 0;
        for (String difference : differences(request)) {
            switch (difference) {
                case "operation" -> distance += OPERATION_WEIGHT;
                case "secretId" -> distance += SECRET_WEIGHT;
                case "versionId", "stage", "clientRequestToken" -> distance += DETAIL_WEIGHT;
                case "succeeded", "failed", "status", "errorType" -> distance += OUTCOME_WEIGHT;
                default -> distance += PARAMETER_WEIGHT;
            }
        }
        return distance;
    }

    /** E.g. {@code PutSecretValue with secretId=db/creds, stage=AWSPENDING}. */
    @Override
    public String toString() {
        List<String> parts = new ArrayList<>();
        if (secretId != null) {
            parts.add("secretId=" + secretId);
        }
        if (versionId != null) {
            parts.add("versionId=" + versionId);
        }
        if (stage != null) {
            parts.add("stage=" + stage);
        }
        if (clientRequestToken != null) {
            parts.add("clientRequestToken=" + clientRequestToken);
        }
        if (succeeded != null) {
            parts.add(succeeded ? "succeeded" : "failed");
        }
        if (status != null) {
            parts.add("status=" + status);
        }
        if (errorType != null) {
            parts.add("errorType=" + errorType);
        }
        parameters.forEach((member, value) -> parts.add(member + "=" + value));
        conditions.forEach(condition -> parts.add(condition.description()));
        String what = operation != null ? operation : "any request";
        return parts.isEmpty() ? what : what + " with " + String.join(", ", parts);
    }

    private RequestPattern withOperation(String name) {
        return copy(b -> b.operation = name);
    }

    private RequestPattern copy(Consumer<Copy> change) {
        Copy copy = new Copy(this);
        change.accept(copy);
        return new RequestPattern(
                copy.operation,
                copy.secretId,
                copy.versionId,
                copy.stage,
                copy.clientRequestToken,
                copy.succeeded,
                copy.status,
                copy.errorType,
                copy.parameters,
                copy.conditions);
    }

    private record Described(String description, Predicate<RecordedRequest> predicate) {}

    /** A mutable copy, so that each method names only what it changes. */
    private static final class Copy {
        private @Nullable String operation;
        private @Nullable String secretId;
        private @Nullable String versionId;
        private @Nullable String stage;
        private @Nullable String clientRequestToken;
        private @Nullable Boolean succeeded;
        private @Nullable Integer status;
        private @Nullable String errorType;
        private final Map<String, String> parameters;
        private final List<Described> conditions;

        Copy(RequestPattern from) {
            operation = from.operation;
            secretId = from.secretId;
            versionId = from.versionId;
            stage = from.stage;
            clientRequestToken = from.clientRequestToken;
            succeeded = from.succeeded;
            status = from.status;
            errorType = from.errorType;
            parameters = new LinkedHashMap<>(from.parameters);
            conditions = new ArrayList<>(from.conditions);
        }
    }
}
