package io.github.mocksecretsmanager.internal.protocol;

import static java.nio.charset.StandardCharsets.UTF_8;
import static java.util.stream.Collectors.joining;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import io.github.mocksecretsmanager.MockSecretsManagerServer;
import io.github.mocksecretsmanager.ServerConfig;
import io.github.mocksecretsmanager.internal.engine.AwsException;
import io.github.mocksecretsmanager.model.SecretSnapshot;
import io.github.mocksecretsmanager.model.SecretValue;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Raw HTTP requests with bad input, the way a hand-written client or a fuzzer would send them. Every
 * rejection must be an AWS-shaped 4xx error, must not echo the secret value that was sent, and must leave
 * the seeded secret exactly as it was.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BadInputTest {

    /** Sent as the secret value in invalid requests; must never come back. */
    private static final String CANARY = "CANARY-5f3a";

    private static final String SEEDED = "bad-input-seeded";
    private static final String SEEDED_CURRENT_VALUE = "seeded-current-value";
    /** The name every invalid CreateSecret uses; it must never come into existence. */
    private static final String NEVER_CREATED = "bad-input-never-created";

    private static final int MAX_SECRET_BYTES = 65_536;
    private static final int SMALL_LIMIT = 4096;
    private static final String SMALL_SEEDED = "small-seeded";

    private static final JsonFactory JSON = JsonFactory.builder().build();
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    private static MockSecretsManagerServer server;
    private static MockSecretsManagerServer smallServer;
    private static SeededState initialState;

    @BeforeAll
    static void startServers() {
        server = MockSecretsManagerServer.start();
        server.createSecret(SEEDED, "seeded-first-value");
        server.putSecretValue(SEEDED, SEEDED_CURRENT_VALUE); // two versions: AWSPREVIOUS and AWSCURRENT
        initialState = seededState();
        smallServer = MockSecretsManagerServer.start(ServerConfig.builder()
                .maxRequestBytes(SMALL_LIMIT)
                .seed(SMALL_SEEDED, "small")
                .build());
    }

    @AfterAll
    static void stopServers() {
        if (smallServer != null) {
            smallServer.close();
        }
        if (server != null) {
            server.close();
        }
    }

    // ---------------------------------------------------------------- malformed bodies and member types

    static Stream<Arguments> malformedJson() {
        String valid = validPut();
        return Stream.of(
                arguments("truncated object", bytes(valid.substring(0, valid.length() - 1))),
                arguments("truncated inside a string", bytes(valid.substring(0, valid.indexOf(CANARY) + 4))),
                arguments("trailing garbage", bytes(valid + " xyz")),
                arguments("a second object after the first", bytes(valid + "{}")),
                arguments("a JSON array", bytes("[" + valid + "]")),
                arguments("a bare string", bytes(toJson(CANARY))),
                arguments("a bare number", bytes("42")),
                arguments("JSON null", bytes("null")),
                arguments("invalid UTF-8 (0xFF 0xFE)", withRawBytes(0xFF, 0xFE)),
                arguments("invalid UTF-8 (truncated 2-byte sequence)", withRawBytes(0xC3, 0x28)),
                arguments(
                        "100-deep objects",
                        bytes(withMember(valid, "Deep", "{\"a\":".repeat(100) + "1" + "}".repeat(100)))),
                arguments("100-deep arrays", bytes(withMember(valid, "Deep", "[".repeat(100) + "]".repeat(100)))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void malformedJson(String description, byte[] body) throws Exception {
        assertAwsError(postBytes("PutSecretValue", body), 400, "SerializationException");
    }

    static Stream<Arguments> wrongMemberTypes() {
        return Stream.of(
                arguments("SecretId as number", "GetSecretValue", json("SecretId", 42)),
                arguments("SecretId as object", "GetSecretValue", json("SecretId", Map.of("Name", SEEDED))),
                arguments("SecretId as array", "GetSecretValue", json("SecretId", List.of(SEEDED))),
                arguments("SecretId as boolean", "DescribeSecret", json("SecretId", true)),
                arguments("SecretString as number", "PutSecretValue", validPut("SecretString", 12345)),
                arguments("ClientRequestToken as number", "PutSecretValue", validPut("ClientRequestToken", 42)),
                arguments("VersionStages as string", "PutSecretValue", validPut("VersionStages", "AWSCURRENT")),
                arguments(
                        "VersionStages as list of numbers", "PutSecretValue", validPut("VersionStages", List.of(1, 2))),
                arguments(
                        "ForceDeleteWithoutRecovery as string",
                        "DeleteSecret",
                        json("SecretId", SEEDED, "ForceDeleteWithoutRecovery", "true")),
                arguments(
                        "RecoveryWindowInDays as string",
                        "DeleteSecret",
                        json("SecretId", SEEDED, "RecoveryWindowInDays", "7")),
                arguments(
                        "RecoveryWindowInDays as 7.5",
                        "DeleteSecret",
                        json("SecretId", SEEDED, "RecoveryWindowInDays", 7.5)),
                arguments(
                        "MaxResults as string", "ListSecretVersionIds", json("SecretId", SEEDED, "MaxResults", "10")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void wrongMemberTypes(String description, String action, String body) throws Exception {
        assertAwsError(post(action, body), 400, "SerializationException");
    }

    // ---------------------------------------------------------------- SecretId

    static Stream<Arguments> missingSecretId() {
        return Stream.of(
                arguments("GetSecretValue", "{}"),
                arguments("GetSecretValue", ""),
                arguments("DescribeSecret", "{}"),
                arguments("ListSecretVersionIds", "{}"),
                arguments("RestoreSecret", "{}"),
                arguments("DeleteSecret", json("ForceDeleteWithoutRecovery", true)),
                arguments("UpdateSecretVersionStage", json("VersionStage", "AWSCURRENT")),
                arguments("PutSecretValue", json("ClientRequestToken", token(), "SecretString", CANARY)),
                arguments("PutSecretValue", validPut("SecretId", null)),
                arguments("PutSecretValue", validPut("SecretId", "")));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource
    void missingSecretId(String action, String body) throws Exception {
        assertAwsError(post(action, body), 400, "ValidationException");
    }

    static Stream<Arguments> illegalSecretId() {
        return Stream.of(
                arguments("GetSecretValue", json("SecretId", "bad name")),
                arguments("DescribeSecret", json("SecretId", "bad name")),
                arguments("DeleteSecret", json("SecretId", "bad name")),
                arguments("DeleteSecret", json("SecretId", "bad name", "ForceDeleteWithoutRecovery", true)),
                arguments("PutSecretValue", validPut("SecretId", "bad name")),
                arguments("PutSecretValue", validPut("SecretId", "bad*name")),
                arguments("PutSecretValue", validPut("SecretId", "b\u00e4d-name")),
                arguments(
                        "CreateSecret",
                        json("Name", "bad name", "ClientRequestToken", token(), "SecretString", CANARY)));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource
    void illegalSecretId(String action, String body) throws Exception {
        Map<String, Object> error = assertAwsError(post(action, body), 400, "ValidationException");
        assertThat((String) error.get("Message")).startsWith("Invalid name.");
    }

    // ---------------------------------------------------------------- ClientRequestToken

    static Stream<Arguments> clientRequestTokenOfWrongLength() {
        return Stream.of(31, 65)
                .flatMap(length -> Stream.of(
                        arguments("PutSecretValue", length, validPut("ClientRequestToken", "t".repeat(length))),
                        arguments("CreateSecret", length, validCreate("ClientRequestToken", "t".repeat(length)))));
    }

    @ParameterizedTest(name = "{0} with a token of {1} chars")
    @MethodSource
    void clientRequestTokenOfWrongLength(String action, int length, String body) throws Exception {
        assertAwsError(post(action, body), 400, "ValidationException");
    }

    @Test
    void putSecretValueWithoutClientRequestToken() throws Exception {
        HttpResponse<String> response = post("PutSecretValue", json("SecretId", SEEDED, "SecretString", CANARY));

        Map<String, Object> error = assertAwsError(response, 400, "InvalidRequestException");
        assertThat(error.get("Message"))
                .isEqualTo("You must provide a ClientRequestToken value. We recommend a UUID-type value.");
    }

    // ---------------------------------------------------------------- secret values

    static Stream<Arguments> bothSecretStringAndSecretBinary() {
        String binary = base64(bytes(CANARY));
        return Stream.of(
                arguments("PutSecretValue", validPut("SecretBinary", binary)),
                arguments("CreateSecret", validCreate("SecretBinary", binary)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void bothSecretStringAndSecretBinary(String action, String body) throws Exception {
        assertAwsError(post(action, body), 400, "InvalidParameterException");
    }

    @Test
    void putSecretValueWithNeitherSecretStringNorSecretBinary() throws Exception {
        HttpResponse<String> response = post("PutSecretValue", json("SecretId", SEEDED, "ClientRequestToken", token()));

        assertAwsError(response, 400, "InvalidRequestException");
    }

    static Stream<Arguments> secretValueOverTheLimit() {
        int over = MAX_SECRET_BYTES + 1;
        return Stream.of(
                arguments(
                        "PutSecretValue",
                        "ASCII SecretString of 65,537 bytes",
                        validPut("SecretString", sized(over, "x"))),
                arguments(
                        "PutSecretValue",
                        "2-byte chars: under 65,536 chars, 65,537 bytes",
                        validPut("SecretString", sized(over, "\u00e9"))),
                arguments(
                        "PutSecretValue",
                        "3-byte chars: under 65,536 chars, 65,537 bytes",
                        validPut("SecretString", sized(over, "\u20ac"))),
                arguments(
                        "PutSecretValue",
                        "4-byte chars: under 65,536 chars, 65,537 bytes",
                        validPut("SecretString", sized(over, "\uD83D\uDE00"))),
                arguments(
                        "PutSecretValue",
                        "SecretBinary of 65,537 bytes",
                        json(
                                "SecretId",
                                SEEDED,
                                "ClientRequestToken",
                                token(),
                                "SecretBinary",
                                base64(new byte[over]))),
                arguments(
                        "CreateSecret",
                        "ASCII SecretString of 65,537 bytes",
                        validCreate("SecretString", sized(over, "x"))),
                arguments(
                        "CreateSecret",
                        "2-byte chars: under 65,536 chars, 65,537 bytes",
                        validCreate("SecretString", sized(over, "\u00e9"))));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void secretValueOverTheLimit(String action, String description, String body) throws Exception {
        assertAwsError(post(action, body), 400, "ValidationException");
    }

    static Stream<Arguments> secretValueOfExactlyTheLimit() {
        return Stream.of(
                arguments("ASCII SecretString", SecretValue.ofString(sized(MAX_SECRET_BYTES, "x"))),
                arguments("2-byte-char SecretString", SecretValue.ofString(sized(MAX_SECRET_BYTES, "\u00e9"))),
                arguments("SecretBinary", SecretValue.ofBinary(new byte[MAX_SECRET_BYTES])));
    }

    @ParameterizedTest(name = "{0} of exactly 65,536 bytes")
    @MethodSource
    void secretValueOfExactlyTheLimit(String description, SecretValue value) throws Exception {
        assertThat(value.sizeInBytes()).isEqualTo(MAX_SECRET_BYTES);
        String name = freshSecret();
        String member = value.isString() ? "SecretString" : "SecretBinary";
        Object wire = value.isString() ? value.string() : base64(value.binary());

        HttpResponse<String> response =
                post("PutSecretValue", json("SecretId", name, "ClientRequestToken", token(), member, wire));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(server.secret(name).orElseThrow().current().orElseThrow().value())
                .isEqualTo(value);
    }

    static Stream<Arguments> secretBinaryNotBase64() {
        return Stream.of(
                arguments(
                        "PutSecretValue",
                        json("SecretId", SEEDED, "ClientRequestToken", token(), "SecretBinary", CANARY)),
                arguments(
                        "PutSecretValue",
                        json("SecretId", SEEDED, "ClientRequestToken", token(), "SecretBinary", "not base64!")),
                arguments(
                        "PutSecretValue",
                        json("SecretId", SEEDED, "ClientRequestToken", token(), "SecretBinary", "%%%%")),
                arguments(
                        "CreateSecret",
                        json("Name", NEVER_CREATED, "ClientRequestToken", token(), "SecretBinary", CANARY)));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource
    void secretBinaryNotBase64(String action, String body) throws Exception {
        assertAwsError(post(action, body), 400, "SerializationException");
    }

    // ---------------------------------------------------------------- VersionStages and RotationToken

    static Stream<Arguments> invalidVersionStages() {
        List<String> twentyOne =
                IntStream.rangeClosed(1, 21).mapToObj(i -> "label-" + i).toList();
        return Stream.of(
                arguments("empty list", List.of(), "ValidationException"),
                arguments("21 labels", twentyOne, "ValidationException"),
                arguments("duplicate label", List.of("blue", "blue"), "InvalidParameterException"),
                arguments("duplicate AWSCURRENT", List.of("AWSCURRENT", "AWSCURRENT"), "InvalidParameterException"),
                arguments("label of 257 chars", List.of("L".repeat(257)), "ValidationException"),
                arguments("empty label", List.of(""), "ValidationException"));
    }

    @ParameterizedTest(name = "{0} -> {2}")
    @MethodSource
    void invalidVersionStages(String description, List<String> stages, String expectedType) throws Exception {
        assertAwsError(post("PutSecretValue", validPut("VersionStages", stages)), 400, expectedType);
    }

    @Test
    void rotationTokenTooShort() throws Exception {
        HttpResponse<String> response = post("PutSecretValue", validPut("RotationToken", "r".repeat(35)));

        assertAwsError(response, 400, "ValidationException");
    }

    // ---------------------------------------------------------------- operations and methods

    static Stream<Arguments> unknownOperation() {
        return Stream.of(
                arguments("secretsmanager.Frobnicate"),
                arguments((Object) null),
                arguments("GetSecretValue"),
                arguments("secretsmanager."),
                arguments("kms.GetSecretValue"));
    }

    @ParameterizedTest(name = "X-Amz-Target: {0}")
    @MethodSource
    void unknownOperation(String target) throws Exception {
        HttpRequest.Builder request = request(server).POST(BodyPublishers.ofString(json("SecretId", SEEDED)));
        if (target != null) {
            request.header("X-Amz-Target", target);
        }

        assertAwsError(send(request), 400, "UnknownOperationException");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyAwsAction")
    void everyActionOfTheApiIsImplemented(String action) throws Exception {
        HttpResponse<String> response = post(action, "{}");

        assertThat(response.body()).doesNotContain("UnknownOperationException").doesNotContain("not supported");
        assertThat(response.statusCode()).isIn(200, 400);
    }

    @Test
    void rotateSecretWithoutATokenIsAnInvalidParameterEvenForAnUnknownSecret() throws Exception {
        Map<String, Object> error = assertAwsError(
                post("RotateSecret", json("SecretId", "never-created-" + UUID.randomUUID())),
                400,
                "InvalidParameterException");

        assertThat(error.get("Message"))
                .isEqualTo("You must provide a ClientRequestToken value. We recommend a UUID-type value.");
    }

    @Test
    void updateSecretWithAValueButNoTokenIsAnInvalidRequest() throws Exception {
        assertAwsError(
                post("UpdateSecret", json("SecretId", "never-created-" + UUID.randomUUID(), "SecretString", "x")),
                400,
                "InvalidRequestException");
    }

    static Stream<String> everyAwsAction() {
        return OperationRegistry.AWS_ACTIONS.stream().sorted();
    }

    @ParameterizedTest(name = "{0} /")
    @ValueSource(strings = {"GET", "PUT", "DELETE"})
    void otherHttpMethodsGetAnAwsError(String method) throws Exception {
        HttpRequest.Builder request = request(server)
                .header("X-Amz-Target", "secretsmanager.GetSecretValue")
                .method(
                        method,
                        method.equals("GET")
                                ? BodyPublishers.noBody()
                                : BodyPublishers.ofString(json("SecretId", SEEDED)));

        assertAwsErrorShape(send(request), 400);
    }

    // ---------------------------------------------------------------- request size

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"fixed length", "chunked"})
    void bodyLargerThanMaxRequestBytes(String framing) throws Exception {
        assertAwsError(sendOversizeBody(framing), 413, "RequestEntityTooLargeException");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"fixed length", "chunked"})
    void serverStillAnswersAfterAnOversizeBody(String framing) throws Exception {
        try {
            sendOversizeBody(framing);
        } catch (IOException outcomeCheckedElsewhere) {
            // bodyLargerThanMaxRequestBytes judges the answer; this test only needs the server alive afterwards
        }

        assertOk(send(request(smallServer)
                .header("X-Amz-Target", "secretsmanager.GetSecretValue")
                .POST(BodyPublishers.ofString(json("SecretId", SMALL_SEEDED)))));
    }

    @Test
    void bodyOfExactlyMaxRequestBytesIsAccepted() throws Exception {
        String small = json("SecretId", SMALL_SEEDED);
        String padded = withMember(small, "Padding", toJson(""));
        String body = withMember(small, "Padding", toJson("p".repeat(SMALL_LIMIT - bytes(padded).length)));
        assertThat(bytes(body)).hasSize(SMALL_LIMIT);

        HttpResponse<String> response = send(request(smallServer)
                .header("X-Amz-Target", "secretsmanager.GetSecretValue")
                .POST(BodyPublishers.ofString(body)));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }

    // ---------------------------------------------------------------- DeleteSecret

    static Stream<Arguments> invalidDeleteSecret() {
        return Stream.of(
                arguments("RecoveryWindowInDays 6", json("SecretId", SEEDED, "RecoveryWindowInDays", 6)),
                arguments("RecoveryWindowInDays 31", json("SecretId", SEEDED, "RecoveryWindowInDays", 31)),
                arguments(
                        "RecoveryWindowInDays with ForceDeleteWithoutRecovery",
                        json("SecretId", SEEDED, "RecoveryWindowInDays", 7, "ForceDeleteWithoutRecovery", true)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void invalidDeleteSecret(String description, String body) throws Exception {
        assertAwsError(post("DeleteSecret", body), 400, "InvalidParameterException");
    }

    // ---------------------------------------------------------------- tolerated input

    @Test
    void unknownMembersAreIgnoredOnRead() throws Exception {
        String body = json("SecretId", SEEDED, "Frobnicate", true, "Nested", Map.of("a", List.of(1, "two", 3.5)));

        Map<String, Object> answer = assertOk(post("GetSecretValue", body));

        assertThat(answer.get("SecretString")).isEqualTo(SEEDED_CURRENT_VALUE);
        assertThat(seededState()).isEqualTo(initialState);
    }

    @Test
    void unknownMembersAreIgnoredOnWrite() throws Exception {
        String name = freshSecret();
        String body = json("SecretId", name, "ClientRequestToken", token(), "SecretString", "written", "Frobnicate", 1);

        assertOk(post("PutSecretValue", body));

        assertThat(server.secret(name).orElseThrow().current().orElseThrow().value())
                .isEqualTo(SecretValue.ofString("written"));
    }

    @Test
    @Order(Integer.MAX_VALUE)
    void serverStillServesGetSecretValueAfterAllOfThat() throws Exception {
        Map<String, Object> answer = assertOk(post("GetSecretValue", json("SecretId", SEEDED)));

        assertThat(answer.get("Name")).isEqualTo(SEEDED);
        assertThat(answer.get("SecretString")).isEqualTo(SEEDED_CURRENT_VALUE);
        assertThat(answer.get("VersionStages")).isEqualTo(List.of("AWSCURRENT"));
        assertThat(seededState()).isEqualTo(initialState);
    }

    // ================================================================ helpers: requests

    private static HttpResponse<String> post(String action, String json) throws IOException, InterruptedException {
        return postBytes(action, bytes(json));
    }

    private static HttpResponse<String> postBytes(String action, byte[] body) throws IOException, InterruptedException {
        return send(request(server)
                .header("X-Amz-Target", "secretsmanager." + action)
                .POST(BodyPublishers.ofByteArray(body)));
    }

    private static HttpRequest.Builder request(MockSecretsManagerServer target) {
        return HttpRequest.newBuilder(URI.create(target.endpoint() + "/"))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/x-amz-json-1.1");
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return HTTP.send(request.build(), BodyHandlers.ofString(UTF_8));
    }

    /** A GetSecretValue to the small server, padded to four times its limit, with Content-Length or chunked. */
    private static HttpResponse<String> sendOversizeBody(String framing) throws IOException, InterruptedException {
        byte[] body = bytes(withMember(json("SecretId", SMALL_SEEDED), "Padding", toJson("p".repeat(4 * SMALL_LIMIT))));
        BodyPublisher publisher = framing.equals("chunked")
                ? BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))
                : BodyPublishers.ofByteArray(body);
        return send(request(smallServer)
                .header("X-Amz-Target", "secretsmanager.GetSecretValue")
                .POST(publisher));
    }

    // ================================================================ helpers: assertions

    /**
     * An AWS-shaped error of the given status and type, without the canary, and the seeded secret as it
     * was; returns the parsed error body.
     */
    private static Map<String, Object> assertAwsError(HttpResponse<String> response, int status, String type) {
        Map<String, Object> error = assertAwsErrorShape(response, status);
        assertThat(error.get("__type")).as("__type of %s", response.body()).isEqualTo(type);
        return error;
    }

    /** Status, {@code {"__type","Message"}} body, matching {@code x-amzn-ErrorType}, no canary, no state change. */
    private static Map<String, Object> assertAwsErrorShape(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as("status of %s", response.body()).isEqualTo(status);
        Map<String, Object> error = parseObject(response.body());
        assertThat(error).as(response.body()).containsKeys("__type", "Message");
        assertThat(error.get("__type")).isInstanceOf(String.class);
        assertThat(error.get("Message")).isInstanceOf(String.class);
        assertThat(response.headers().firstValue("x-amzn-ErrorType")).contains((String) error.get("__type"));
        assertThat(response.headers().firstValue("Content-Type")).contains("application/x-amz-json-1.1");
        assertThat(response.body()).doesNotContain(CANARY);
        assertThat(response.headers().map().toString()).doesNotContain(CANARY);
        assertThat(seededState())
                .as("the seeded secret after a rejected request")
                .isEqualTo(initialState);
        return error;
    }

    private static Map<String, Object> assertOk(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).contains("application/x-amz-json-1.1");
        return parseObject(response.body());
    }

    private static Map<String, Object> parseObject(String body) {
        try {
            return JsonRequest.parseObject(JSON, bytes(body));
        } catch (AwsException e) {
            throw new AssertionError("the response body is not a JSON object: " + body, e);
        }
    }

    /** What a rejected request must not change: versions, values, labels, dates; and no stray secret. */
    private record SeededState(
            List<List<Object>> versions, Instant lastChangedDate, Instant deletedDate, boolean strayCreated) {}

    private static SeededState seededState() {
        SecretSnapshot seeded = server.secret(SEEDED).orElseThrow(() -> new AssertionError(SEEDED + " is gone"));
        List<List<Object>> versions = seeded.versions().stream()
                .map(v -> List.<Object>of(v.versionId(), v.stages(), v.value()))
                .toList();
        return new SeededState(
                versions,
                seeded.metadata().lastChangedDate(),
                seeded.metadata().deletedDate(),
                server.secret(NEVER_CREATED).isPresent());
    }

    // ================================================================ helpers: request bodies

    /** A valid PutSecretValue on the seeded secret with the canary as value, then {@code overrides} applied. */
    private static String validPut(Object... overrides) {
        return toJson(
                merge(members("SecretId", SEEDED, "ClientRequestToken", token(), "SecretString", CANARY), overrides));
    }

    /** A valid CreateSecret of {@link #NEVER_CREATED} with the canary as value, then {@code overrides} applied. */
    private static String validCreate(Object... overrides) {
        return toJson(merge(
                members("Name", NEVER_CREATED, "ClientRequestToken", token(), "SecretString", CANARY), overrides));
    }

    /** A JSON object from alternating member names and values. */
    private static String json(Object... keyValues) {
        return toJson(members(keyValues));
    }

    private static Map<String, Object> members(Object... keyValues) {
        Map<String, Object> members = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            members.put((String) keyValues[i], keyValues[i + 1]);
        }
        return members;
    }

    private static Map<String, Object> merge(Map<String, Object> base, Object... overrides) {
        base.putAll(members(overrides));
        return base;
    }

    private static String toJson(Object value) {
        if (value == null || value instanceof Number || value instanceof Boolean) {
            return String.valueOf(value);
        }
        if (value instanceof String string) {
            StringBuilder out = new StringBuilder("\"");
            string.chars()
                    .forEach(c -> out.append(
                            c == '"' || c == '\\'
                                    ? "\\" + (char) c
                                    : c < 0x20 ? String.format("\\u%04x", c) : String.valueOf((char) c)));
            return out.append('"').toString();
        }
        if (value instanceof Map<?, ?> map) {
            return map.entrySet().stream()
                    .map(e -> toJson(e.getKey()) + ":" + toJson(e.getValue()))
                    .collect(joining(",", "{", "}"));
        }
        if (value instanceof List<?> list) {
            return list.stream().map(BadInputTest::toJson).collect(joining(",", "[", "]"));
        }
        throw new IllegalArgumentException("no JSON for " + value.getClass());
    }

    /** {@code object} (a JSON object text) with one more member whose value is the raw JSON {@code value}. */
    private static String withMember(String object, String name, String value) {
        return object.substring(0, object.length() - 1) + "," + toJson(name) + ":" + value + "}";
    }

    /** A valid PutSecretValue whose SecretString ends in the given raw (invalid UTF-8) bytes. */
    private static byte[] withRawBytes(int... raw) {
        String json = validPut();
        int end = json.indexOf(CANARY) + CANARY.length();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(bytes(json.substring(0, end)));
        IntStream.of(raw).forEach(out::write);
        out.writeBytes(bytes(json.substring(end)));
        return out.toByteArray();
    }

    /** The canary, then {@code unit} as often as it fits, then ASCII padding: exactly {@code targetBytes} in UTF-8. */
    private static String sized(int targetBytes, String unit) {
        StringBuilder value = new StringBuilder(CANARY);
        int size = bytes(CANARY).length;
        int unitBytes = bytes(unit).length;
        while (size + unitBytes <= targetBytes) {
            value.append(unit);
            size += unitBytes;
        }
        value.append("x".repeat(targetBytes - size));
        String result = value.toString();
        assertThat(bytes(result)).hasSize(targetBytes);
        if (!unit.equals("x")) {
            assertThat(result.length()).isLessThan(MAX_SECRET_BYTES);
        }
        return result;
    }

    /** A new secret with one value, for tests that must succeed without touching the seeded one. */
    private static String freshSecret() {
        String name = "bad-input-fresh-" + UUID.randomUUID().toString().substring(0, 8);
        server.createSecret(name, "initial");
        return name;
    }

    private static String token() {
        return UUID.randomUUID().toString();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(UTF_8);
    }

    private static String base64(byte[] data) {
        return Base64.getEncoder().encodeToString(data);
    }

    private static Arguments arguments(Object... values) {
        return Arguments.of(values);
    }
}
