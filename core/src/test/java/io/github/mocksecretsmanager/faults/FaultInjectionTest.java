package io.github.mocksecretsmanager.faults;

import static io.github.mocksecretsmanager.journal.RequestPattern.getSecretValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mocksecretsmanager.MockSecretsManagerServer;
import io.github.mocksecretsmanager.ServerConfig;
import io.github.mocksecretsmanager.journal.RecordedRequest;
import io.github.mocksecretsmanager.testsupport.SdkClients;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.retries.DefaultRetryStrategy;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.secretsmanager.model.SecretsManagerException;

/** Fault rules: AWS errors in AWS's wire shape, latency and broken connections, recorded in the journal. */
class FaultInjectionTest {

    private final MockSecretsManagerServer server =
            MockSecretsManagerServer.start(ServerConfig.builder().ioThreads(1).build());
    private final SecretsManagerClient client = SdkClients.syncClient(server);
    private final HttpClient http = HttpClient.newHttpClient();

    @AfterEach
    void stop() {
        client.close();
        server.close();
    }

    /**
     * The SDK's standard retry strategy retries ThrottlingException (a throttling error code in the AWS
     * SDK for Java 2.x, {@code AwsErrorCode.THROTTLING_ERROR_CODES}) up to 3 attempts in all ("Retry
     * behavior", AWS SDKs and Tools reference guide): two injected throttles, then success.
     */
    @Test
    void theSdkRetriesInjectedThrottlingAndSucceeds() {
        server.createSecret("db/creds", "v1");
        server.addFault(FaultRule.onOperation("GetSecretValue").throttle().times(2));

        assertThat(client.getSecretValue(r -> r.secretId("db/creds")).secretString())
                .isEqualTo("v1");

        List<RecordedRequest> attempts = server.requests(getSecretValue());
        assertThat(attempts).extracting(RecordedRequest::status).containsExactly(400, 400, 200);
        assertThat(attempts)
                .extracting(RecordedRequest::fault)
                .containsExactly("ThrottlingException", "ThrottlingException", null);
        assertThat(attempts.get(0).errorType()).isEqualTo("ThrottlingException");
        assertThat(server.faults()).isEmpty(); // used up
    }

    /**
     * AWS's JSON-protocol error shape, as SecretsManagerHandler writes every error: {@code __type},
     * {@code Message} and {@code x-amzn-ErrorType}; InternalServiceError is HTTP 500, ServiceUnavailable
     * 503 (Secrets Manager API reference, "Common Errors").
     */
    @Test
    void errorsHaveAwsWireShape() throws Exception {
        server.addFault(FaultRule.onOperation("ListSecrets").throttle().times(1));
        server.addFault(
                FaultRule.onOperation("ListSecrets").internalServiceError().times(1));
        server.addFault(
                FaultRule.onOperation("ListSecrets").serviceUnavailable().times(1));
        server.addFault(FaultRule.onOperation("ListSecrets")
                .answerError("AccessDeniedException", 400, "No.")
                .times(1));

        HttpResponse<String> throttled = call("ListSecrets", "{}");
        assertThat(throttled.statusCode()).isEqualTo(400);
        assertThat(throttled.headers().firstValue("x-amzn-ErrorType")).hasValue("ThrottlingException");
        assertThat(throttled.headers().firstValue("Content-Type")).hasValue("application/x-amz-json-1.1");
        assertThat(throttled.body()).isEqualTo("{\"__type\":\"ThrottlingException\",\"Message\":\"Rate exceeded\"}");
        HttpResponse<String> internal = call("ListSecrets", "{}");
        assertThat(internal.statusCode()).isEqualTo(500);
        assertThat(internal.body()).startsWith("{\"__type\":\"InternalServiceError\",");
        assertThat(call("ListSecrets", "{}").statusCode()).isEqualTo(503);
        assertThat(call("ListSecrets", "{}").body())
                .isEqualTo("{\"__type\":\"AccessDeniedException\",\"Message\":\"No.\"}");
        assertThat(call("ListSecrets", "{}").statusCode()).isEqualTo(200);
    }

    @Test
    void aRuleForOneSecretMatchesEveryIdOfItAndNoOtherSecret() {
        String arn = server.createSecret("db/creds", "v1").arn();
        server.createSecret("api/key", "v2");
        server.addFault(FaultRule.onAnyOperation().secretId("db/creds").throttle());
        SecretsManagerClient noRetries = noRetries();

        for (String id : List.of("db/creds", arn, arn.substring(0, arn.length() - 7))) {
            assertThatThrownBy(() -> noRetries.describeSecret(r -> r.secretId(id)))
                    .as(id)
                    .isInstanceOfSatisfying(
                            SecretsManagerException.class,
                            e -> assertThat(e.awsErrorDetails().errorCode()).isEqualTo("ThrottlingException"));
        }
        assertThat(noRetries.getSecretValue(r -> r.secretId("api/key")).secretString())
                .isEqualTo("v2");
        noRetries.close();
    }

    @Test
    void aSeededProbabilityFaultsTheSameCallsEveryRun() throws Exception {
        FaultRule rule = FaultRule.onOperation("ListSecrets").throttle().probability(0.5, 42);
        List<Integer> first = statuses(rule);
        List<Integer> second = statuses(rule);
        assertThat(first).isEqualTo(second).contains(200, 400);
    }

    private List<Integer> statuses(FaultRule rule) throws Exception {
        server.reset();
        server.addFault(rule);
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            statuses.add(call("ListSecrets", "{}").statusCode());
        }
        return statuses;
    }

    @Test
    void latencyDelaysTheAnswerWithoutHoldingUpOtherRequests() throws Exception {
        server.createSecret("slow", "v1");
        server.addFault(FaultRule.onOperation("GetSecretValue").latency(Duration.ofMillis(700)));

        long start = System.nanoTime();
        CompletableFuture<HttpResponse<String>> slow = http.sendAsync(
                request("GetSecretValue", "{\"SecretId\":\"slow\"}"), HttpResponse.BodyHandlers.ofString());
        Thread.sleep(50);
        assertThat(call("ListSecrets", "{}").statusCode()).isEqualTo(200); // on the one IO thread, meanwhile
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(600));
        assertThat(slow.get().statusCode()).isEqualTo(200);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(700));
        assertThat(server.requests(getSecretValue()))
                .singleElement()
                .extracting(RecordedRequest::fault)
                .isEqualTo("latency 700ms");
    }

    @Test
    void aLatencyRangeStaysWithinItsBounds() {
        server.createSecret("slow", "v1");
        server.addFault(FaultRule.onOperation("GetSecretValue")
                .latency(Duration.ofMillis(50), Duration.ofMillis(150))
                .probability(1.0, 7));
        for (int i = 0; i < 3; i++) {
            client.getSecretValue(r -> r.secretId("slow"));
        }
        assertThat(server.requests(getSecretValue())).allSatisfy(recorded -> {
            long delay = Long.parseLong(recorded.fault().replaceAll("\\D", ""));
            assertThat(delay).isBetween(50L, 150L);
            assertThat(recorded.duration()).isGreaterThanOrEqualTo(Duration.ofMillis(delay));
        });
    }

    @Test
    void brokenConnectionsReachTheClientAsIoErrors() throws Exception {
        server.createSecret("db/creds", "v1");
        for (ConnectionFault fault :
                List.of(ConnectionFault.RESET, ConnectionFault.CLOSE_AFTER_HEADERS, ConnectionFault.TRUNCATED_BODY)) {
            server.addFault(
                    FaultRule.onOperation("GetSecretValue").connection(fault).times(1));
            assertThatThrownBy(() -> call("GetSecretValue", "{\"SecretId\":\"db/creds\"}"))
                    .as(fault.name())
                    .isInstanceOf(IOException.class);
        }
        server.addFault(FaultRule.onOperation("GetSecretValue")
                .connection(ConnectionFault.MALFORMED_BODY)
                .times(1));
        HttpResponse<String> malformed = call("GetSecretValue", "{\"SecretId\":\"db/creds\"}");
        assertThat(malformed.statusCode()).isEqualTo(200);
        assertThat(malformed.body()).doesNotStartWith("{");

        assertThat(call("GetSecretValue", "{\"SecretId\":\"db/creds\"}").statusCode())
                .isEqualTo(200); // every rule used up, the server unharmed
        assertThat(server.requests(getSecretValue()))
                .extracting(RecordedRequest::fault)
                .containsExactly(
                        "connection reset",
                        "connection closed after headers",
                        "truncated body",
                        "malformed body",
                        null);
    }

    @Test
    void theSdkReportsAMalformedAnswerAsAClientError() {
        server.createSecret("db/creds", "v1");
        server.addFault(FaultRule.onOperation("GetSecretValue").connection(ConnectionFault.MALFORMED_BODY));
        SecretsManagerClient noRetries = noRetries();
        assertThatThrownBy(() -> noRetries.getSecretValue(r -> r.secretId("db/creds")))
                .isInstanceOf(SdkClientException.class);
        noRetries.close();
    }

    @Test
    void aCountIsExactEvenUnderConcurrentCalls() throws Exception {
        server.addFault(FaultRule.onOperation("ListSecrets").throttle().times(5));
        List<CompletableFuture<HttpResponse<String>>> calls = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            calls.add(http.sendAsync(request("ListSecrets", "{}"), HttpResponse.BodyHandlers.ofString()));
        }
        long throttled = 0;
        for (CompletableFuture<HttpResponse<String>> call : calls) {
            throttled += call.get().statusCode() == 400 ? 1 : 0;
        }
        assertThat(throttled).isEqualTo(5);
    }

    @Test
    void rulesAreListedRemovedAndClearedByReset() {
        String first = server.addFault(FaultRule.onOperation("GetSecretValue").throttle());
        String second = server.addFault(FaultRule.onAnyOperation().latency(Duration.ofMillis(10)));
        assertThat(server.faults()).extracting(FaultRule::id).containsExactly(first, second);
        server.removeFault(first);
        assertThat(server.faults()).extracting(FaultRule::id).containsExactly(second);
        server.addFault(FaultRule.onOperation("ListSecrets").throttle());
        server.reset();
        assertThat(server.faults()).isEmpty();
    }

    @Test
    void theAdminEndpointsManageRules() throws Exception {
        HttpResponse<String> added = admin(
                "POST",
                "/__admin/faults",
                "{\"operation\": \"GetSecretValue\", \"errorType\": \"ThrottlingException\", \"status\": 400,"
                        + " \"count\": 2}");
        assertThat(added.statusCode()).isEqualTo(200);
        assertThat(added.body()).startsWith("{\"id\":\"fault-1\",\"operation\":\"GetSecretValue\"");
        admin("POST", "/__admin/faults", "{\"connection\": \"reset\", \"secretId\": \"db/creds\"}");
        assertThat(admin("GET", "/__admin/faults", null).body())
                .contains("\"id\":\"fault-1\"")
                .contains("\"id\":\"fault-2\"");
        assertThat(server.faults()).hasSize(2);

        assertThat(admin("DELETE", "/__admin/faults/fault-1", null).statusCode())
                .isEqualTo(200);
        assertThat(server.faults()).extracting(FaultRule::id).containsExactly("fault-2");
        assertThat(admin("DELETE", "/__admin/faults", null).statusCode()).isEqualTo(200);
        assertThat(admin("GET", "/__admin/faults", null).body()).isEqualTo("{\"faults\":[]}");

        server.addFault(FaultRule.onAnyOperation().throttle());
        admin("POST", "/__admin/reset", null);
        assertThat(server.faults()).isEmpty();
    }

    @Test
    void badRulesAnswer400WithAMessage() throws Exception {
        for (String body :
                List.of("", "not json", "{}", "{\"operation\": \"GetSecretValue\"}", "{\"connection\": \"explode\"}")) {
            HttpResponse<String> response = admin("POST", "/__admin/faults", body);
            assertThat(response.statusCode()).as(body).isEqualTo(400);
            assertThat(response.body())
                    .as(body)
                    .startsWith("{\"__type\":\"ValidationException\",\"Message\":\"Bad fault rule");
        }
        HttpResponse<String> huge = admin("POST", "/__admin/faults", "{\"message\":\"" + "x".repeat(100_000) + "\"}");
        assertThat(huge.statusCode()).isEqualTo(400);
        assertThat(server.faults()).isEmpty();
    }

    private SecretsManagerClient noRetries() {
        return SecretsManagerClient.builder()
                .endpointOverride(server.endpoint())
                .region(Region.of(server.region()))
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
                .httpClient(UrlConnectionHttpClient.create())
                .overrideConfiguration(c -> c.retryStrategy(DefaultRetryStrategy.doNotRetry()))
                .build();
    }

    private HttpRequest request(String operation, String body) {
        return HttpRequest.newBuilder(server.endpoint())
                .header("X-Amz-Target", "secretsmanager." + operation)
                .header("Content-Type", "application/x-amz-json-1.1")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
    }

    private HttpResponse<String> call(String operation, String body) throws Exception {
        return http.send(request(operation, body), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> admin(String method, String path, String body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(server.endpoint() + path))
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
