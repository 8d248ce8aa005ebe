package io.github.mocksecretsmanager.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.mocksecretsmanager.MockSecretsManagerServer;
import io.github.mocksecretsmanager.ServerConfig;
import io.github.mocksecretsmanager.model.SecretSnapshot;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Thousands of generated malformed requests against a running server: every answer is a
 * well-formed 4xx AWS error, the server keeps serving, memory stays bounded and no state changes.
 * The generator is seeded (property {@code msm.fuzzSeed}) so a failure can be replayed.
 */
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class HostileInputTest {

    private static final long SEED = Long.getLong("msm.fuzzSeed", 20261123L);
    private static final int GENERATED_REQUESTS = 3000;
    private static final List<String> ACTIONS = List.of(
            "PutSecretValue",
            "CreateSecret",
            "GetSecretValue",
            "DescribeSecret",
            "ListSecretVersionIds",
            "UpdateSecretVersionStage",
            "DeleteSecret",
            "RestoreSecret");
    private static final List<String> MEMBERS = List.of(
            "SecretId",
            "Name",
            "SecretString",
            "SecretBinary",
            "ClientRequestToken",
            "VersionStages",
            "VersionId",
            "VersionStage",
            "RotationToken",
            "Description",
            "KmsKeyId",
            "Tags",
            "MaxResults",
            "NextToken",
            "IncludeDeprecated",
            "RemoveFromVersionId",
            "MoveToVersionId",
            "RecoveryWindowInDays",
            "ForceDeleteWithoutRecovery");
    private static final String SEEDED = "fuzz-target";
    /**
     * Generated requests name the seeded secret with an invalid character, so that every one of them
     * is invalid whichever action it is sent to, even when the garbage happens to be well-typed.
     */
    private static final String TARGET = "fuzz target";

    private static MockSecretsManagerServer server;
    private static HttpClient http;
    private final JsonFactory json = new JsonFactory();

    @BeforeAll
    static void start() {
        server = MockSecretsManagerServer.start(ServerConfig.builder()
                .seed(SEEDED, "{\"user\":\"app\"}")
                .maxRequestBytes(256 * 1024)
                .build());
        http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void generatedGarbageGetsWellFormedClientErrorsAndChangesNothing() throws Exception {
        List<SecretSnapshot> before = server.secrets();
        long heapBefore = usedHeapAfterGc();
        Random random = new Random(SEED);
        Map<String, Integer> statuses = new TreeMap<>();

        for (int i = 0; i < GENERATED_REQUESTS; i++) {
            String action = ACTIONS.get(random.nextInt(ACTIONS.size()));
            byte[] body = hostileBody(random);
            HttpResponse<byte[]> response = post(action, body, contentType(random));
            statuses.merge(String.valueOf(response.statusCode()), 1, Integer::sum);
            assertWellFormedClientError(response, "seed " + SEED + ", request " + i + ", " + action);
        }

        assertThat(server.secrets()).as("state after the fuzz run").isEqualTo(before);
        assertThat(usedHeapAfterGc() - heapBefore).as("heap growth in bytes").isLessThan(64L * 1024 * 1024);
        assertStillServing();
        assertThat(statuses).as("status counts").containsKey("400");
    }

    @Test
    void wrongMethodsAndTargetsGetClientErrors() throws Exception {
        for (String method : List.of("GET", "PUT", "DELETE", "PATCH", "OPTIONS")) {
            HttpResponse<byte[]> response = http.send(
                    HttpRequest.newBuilder(server.endpoint())
                            .method(method, HttpRequest.BodyPublishers.ofString("{}"))
                            .header("X-Amz-Target", "secretsmanager.GetSecretValue")
                            .build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertWellFormedClientError(response, method);
        }
        for (String target : List.of("", "secretsmanager.", "SecretsManager.GetSecretValue", "x".repeat(5000))) {
            HttpResponse<byte[]> response = http.send(
                    HttpRequest.newBuilder(server.endpoint())
                            .POST(HttpRequest.BodyPublishers.ofString("{}"))
                            .header("X-Amz-Target", target.isEmpty() ? "none" : target)
                            .build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertWellFormedClientError(response, "target " + target.length());
        }
        assertStillServing();
    }

    @Test
    void oversizedBodiesAreRefusedWithoutBeingBuffered() throws Exception {
        byte[] huge = new byte[2 * 1024 * 1024];
        java.util.Arrays.fill(huge, (byte) 'a');
        for (int i = 0; i < 5; i++) {
            assertWellFormedClientError(post("PutSecretValue", huge, "application/x-amz-json-1.1"), "oversized " + i);
        }
        assertStillServing();
    }

    @Test
    void slowAndAbandonedConnectionsDoNotStopOtherCallers() throws Exception {
        List<Socket> abandoned = new ArrayList<>();
        try {
            for (int i = 0; i < 40; i++) {
                Socket socket = new Socket(
                        server.endpoint().getHost(), server.endpoint().getPort());
                OutputStream out = socket.getOutputStream();
                String head = "POST / HTTP/1.1\r\nHost: x\r\nX-Amz-Target: secretsmanager.PutSecretValue\r\n"
                        + "Content-Length: 1000\r\n\r\n{\"SecretId\":\"" + SEEDED + "\",";
                // Half of them stop mid-headers, half mid-body; none ever finishes.
                out.write((i % 2 == 0 ? head.substring(0, head.length() / 3) : head).getBytes(StandardCharsets.UTF_8));
                out.flush();
                abandoned.add(socket);
            }
            assertStillServing();
        } finally {
            for (Socket socket : abandoned) {
                socket.close();
            }
        }
        assertStillServing();
        assertThat(server.secret(SEEDED).orElseThrow().versions()).hasSize(1);
    }

    @Test
    void aRawGarbageRequestLineGetsAnAnswerOrAClose() throws Exception {
        try (Socket socket =
                new Socket(server.endpoint().getHost(), server.endpoint().getPort())) {
            socket.setSoTimeout(5000);
            socket.getOutputStream().write("\u0000\u0001GARBAGE \r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
            InputStream in = socket.getInputStream();
            String answer = new String(in.readNBytes(12), StandardCharsets.ISO_8859_1);
            assertThat(answer).satisfiesAnyOf(a -> assertThat(a).isEmpty(), a -> assertThat(a)
                    .startsWith("HTTP/1.1 4"));
        }
        assertStillServing();
    }

    private byte[] hostileBody(Random random) throws IOException {
        switch (random.nextInt(9)) {
            case 0: // random bytes, often invalid UTF-8
                byte[] bytes = new byte[random.nextInt(300)];
                random.nextBytes(bytes);
                return bytes;
            case 1: // a valid-looking request truncated anywhere
                byte[] valid = validishRequest(random);
                return java.util.Arrays.copyOf(valid, random.nextInt(Math.max(1, valid.length)));
            case 2: // deep nesting
                int depth = 10 + random.nextInt(3000);
                return ("{\"SecretId\":" + "[".repeat(depth) + "]".repeat(random.nextInt(depth + 1)) + "}")
                        .getBytes(StandardCharsets.UTF_8);
            case 3: // a member of every wrong type
                return wrongTypes(random);
            case 4: // a huge string in a random member
                return ("{\"SecretId\":\"" + TARGET + "\",\"" + member(random) + "\":\""
                                + "x".repeat(70_000 + random.nextInt(100_000)) + "\",\"ClientRequestToken\":\""
                                + "t".repeat(40) + "\"}")
                        .getBytes(StandardCharsets.UTF_8);
            case 5: // invalid UTF-8 inside a string
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                out.write("{\"SecretId\":\"".getBytes(StandardCharsets.UTF_8));
                out.write(new byte[] {(byte) 0xC3, (byte) 0x28, (byte) 0xFF, (byte) 0xFE});
                out.write("\"}".getBytes(StandardCharsets.UTF_8));
                return out.toByteArray();
            case 6: // bad base64
                return ("{\"SecretId\":\"" + TARGET
                                + "\",\"SecretBinary\":\"%%%not base64***\",\"ClientRequestToken\":\"" + "b".repeat(36)
                                + "\"}")
                        .getBytes(StandardCharsets.UTF_8);
            case 7: // constraint violations on an otherwise valid request
                return ("{\"SecretId\":\"" + TARGET + "\",\"SecretString\":\"v\",\"ClientRequestToken\":\"short\","
                                + "\"VersionStages\":[],\"MaxResults\":0,\"RecoveryWindowInDays\":-1}")
                        .getBytes(StandardCharsets.UTF_8);
            default: // unknown fields only, or a non-object document
                String[] documents = {
                    "[]", "\"str\"", "42", "null", "true", "{\"Unknown\":1}", "{\"SecretId\":\"no such\"}"
                };
                return documents[random.nextInt(documents.length)].getBytes(StandardCharsets.UTF_8);
        }
    }

    /** A request for the seeded secret that the server would reject anyway (wrong token length). */
    private static byte[] validishRequest(Random random) {
        return ("{\"SecretId\":\"" + TARGET + "\",\"SecretString\":\"value-" + random.nextInt()
                        + "\",\"ClientRequestToken\":\"too-short\",\"VersionStages\":[\"AWSCURRENT\"]}")
                .getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] wrongTypes(Random random) {
        String[] wrongValues = {"123", "12.5", "true", "[1,2]", "{\"a\":{}}", "\"\"", "[[[]]]", "-99999999999999999999"
        };
        StringBuilder body = new StringBuilder("{\"SecretId\":\"" + TARGET + "\"");
        int members = 1 + random.nextInt(4);
        for (int i = 0; i < members; i++) {
            body.append(",\"")
                    .append(member(random))
                    .append("\":")
                    .append(wrongValues[random.nextInt(wrongValues.length)]);
        }
        return body.append(",\"ClientRequestToken\":\"x\"}").toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String member(Random random) {
        return MEMBERS.get(random.nextInt(MEMBERS.size()));
    }

    private static String contentType(Random random) {
        String[] types = {
            "application/x-amz-json-1.1", "application/json", "text/plain", "application/x-www-form-urlencoded"
        };
        return types[random.nextInt(types.length)];
    }

    private HttpResponse<byte[]> post(String action, byte[] body, String contentType) throws Exception {
        return http.send(
                HttpRequest.newBuilder(server.endpoint())
                        .timeout(Duration.ofSeconds(10))
                        .header("Content-Type", contentType)
                        .header("X-Amz-Target", "secretsmanager." + action)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private void assertWellFormedClientError(HttpResponse<byte[]> response, String context) throws IOException {
        assertThat(response.statusCode()).as(context).isBetween(400, 499);
        String type = response.headers().firstValue("x-amzn-ErrorType").orElse(null);
        assertThat(type).as(context + ": x-amzn-ErrorType").isNotBlank();
        Map<String, String> fields = topLevelStrings(response.body());
        assertThat(fields).as(context + ": body").containsEntry("__type", type).containsKey("Message");
    }

    private Map<String, String> topLevelStrings(byte[] body) throws IOException {
        Map<String, String> fields = new TreeMap<>();
        try (JsonParser parser = json.createParser(body)) {
            assertThat(parser.nextToken()).isEqualTo(JsonToken.START_OBJECT);
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                parser.nextToken();
                fields.put(name, parser.getValueAsString());
                parser.skipChildren();
            }
        }
        return fields;
    }

    private static void assertStillServing() throws Exception {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(server.endpoint())
                        .timeout(Duration.ofSeconds(5))
                        .header("X-Amz-Target", "secretsmanager.GetSecretValue")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"SecretId\":\"" + SEEDED + "\"}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("{\\\"user\\\":\\\"app\\\"}");
        assertThat(URI.create(server.endpoint() + "/__admin/health")).isNotNull();
    }

    private static long usedHeapAfterGc() {
        Runtime runtime = Runtime.getRuntime();
        System.gc();
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
