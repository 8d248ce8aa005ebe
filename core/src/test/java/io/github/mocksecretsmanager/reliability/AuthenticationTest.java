package io.github.mocksecretsmanager.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mocksecretsmanager.MockSecretsManagerServer;
import io.github.mocksecretsmanager.ServerConfig;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.secretsmanager.model.SecretsManagerException;

/** The optional mode in which every request must be signed (SigV4) with the configured keys. */
class AuthenticationTest {

    private static final String ACCESS_KEY = "AKIDEXAMPLE";
    private static final String SECRET_KEY = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";
    private static MockSecretsManagerServer server;

    @BeforeAll
    static void start() {
        server = MockSecretsManagerServer.start(ServerConfig.builder()
                .credentials(ACCESS_KEY, SECRET_KEY)
                .seed("guarded", "v1")
                .build());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static SecretsManagerClient client(String accessKey, String secretKey, String region) {
        return SecretsManagerClient.builder()
                .endpointOverride(server.endpoint())
                .region(Region.of(region))
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(accessKey, secretKey)))
                .httpClient(UrlConnectionHttpClient.create())
                .build();
    }

    private static void assertRejected(SecretsManagerClient client, String errorCode) {
        try (client) {
            assertThatThrownBy(() -> client.getSecretValue(r -> r.secretId("guarded")))
                    .isInstanceOfSatisfying(SecretsManagerException.class, e -> {
                        assertThat(e.awsErrorDetails().errorCode()).isEqualTo(errorCode);
                        assertThat(e.statusCode()).isEqualTo(400);
                    });
        }
    }

    @Test
    void theSdkWithTheRightKeysWorks() {
        try (SecretsManagerClient client = client(ACCESS_KEY, SECRET_KEY, "us-east-1")) {
            client.putSecretValue(r -> r.secretId("guarded").secretString("v2"));
            assertThat(client.getSecretValue(r -> r.secretId("guarded")).secretString())
                    .isEqualTo("v2");
        }
    }

    @Test
    void aWrongSecretKeyIsAnInvalidSignature() {
        assertRejected(client(ACCESS_KEY, "not-the-secret", "us-east-1"), "InvalidSignatureException");
    }

    @Test
    void anUnknownAccessKeyIsUnrecognized() {
        assertRejected(client("AKIDUNKNOWN", SECRET_KEY, "us-east-1"), "UnrecognizedClientException");
    }

    @Test
    void aSignatureScopedToAnotherRegionActsInThatRegion() {
        // One server answers every region: the signature is valid, and the secret of us-east-1 is not in eu-west-1.
        assertRejected(client(ACCESS_KEY, SECRET_KEY, "eu-west-1"), "ResourceNotFoundException");
    }

    @Test
    void aSignatureScopedToSomethingThatIsNoRegionIsInvalid() {
        assertRejected(client(ACCESS_KEY, SECRET_KEY, "moon"), "InvalidSignatureException");
    }

    @Test
    void anUnsignedRequestIsMissingItsToken() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(server.endpoint())
                                .header("X-Amz-Target", "secretsmanager.GetSecretValue")
                                .POST(HttpRequest.BodyPublishers.ofString("{\"SecretId\":\"guarded\"}"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("x-amzn-ErrorType")).hasValue("MissingAuthenticationTokenException");
        assertThat(response.body()).doesNotContain("v1");
    }

    @Test
    void aForgedAuthorizationHeaderIsRejectedAndChangesNothing() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(server.endpoint())
                                .header("X-Amz-Target", "secretsmanager.PutSecretValue")
                                .header("X-Amz-Date", "20260101T000000Z")
                                .header(
                                        "Authorization",
                                        "AWS4-HMAC-SHA256 Credential=" + ACCESS_KEY
                                                + "/20260101/us-east-1/secretsmanager/"
                                                + "aws4_request, SignedHeaders=host;x-amz-date, Signature="
                                                + "ab".repeat(32))
                                .POST(HttpRequest.BodyPublishers.ofString(
                                        "{\"SecretId\":\"guarded\",\"SecretString\":\"forged\","
                                                + "\"ClientRequestToken\":\"" + "f".repeat(36) + "\"}"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("x-amzn-ErrorType")).hasValue("InvalidSignatureException");
        assertThat(server.secret("guarded").orElseThrow().versions())
                .noneMatch(v -> v.value().string().equals("forged"));
    }

    @Test
    void healthStaysOpenForReadinessChecks() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(server.endpoint().resolve("/__admin/health"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
    }

    private static HttpResponse<String> admin(String method, String path, String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(server.endpoint().resolve(path))
                .method(method, HttpRequest.BodyPublishers.noBody());
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void adminEndpointsRequireTheSecretKeyAsBearerToken() throws Exception {
        server.createSecret("admin-guarded", "kept");
        try {
            HttpResponse<String> unsigned = admin("POST", "/__admin/reset", null);
            assertThat(unsigned.statusCode()).isEqualTo(401);
            assertThat(unsigned.body()).contains("\"__type\":\"MissingAuthenticationTokenException\"");
            assertThat(admin("GET", "/__admin/secrets", null).statusCode()).isEqualTo(401);
            assertThat(admin("GET", "/__admin/requests", null).statusCode()).isEqualTo(401);
            assertThat(admin("DELETE", "/__admin/faults", null).statusCode()).isEqualTo(401);
            // A SigV4 header is no admin token.
            assertThat(admin("POST", "/__admin/reset", "AWS4-HMAC-SHA256 Credential=" + ACCESS_KEY)
                            .statusCode())
                    .isEqualTo(401);
            HttpResponse<String> wrong = admin("POST", "/__admin/reset", "Bearer not-the-key");
            assertThat(wrong.statusCode()).isEqualTo(403);
            assertThat(wrong.body()).contains("AccessDeniedException").doesNotContain(SECRET_KEY);
            assertThat(admin("POST", "/__admin/reset", "Bearer " + ACCESS_KEY).statusCode())
                    .isEqualTo(403);
            assertThat(server.secret("admin-guarded")).isPresent();

            HttpResponse<String> listed = admin("GET", "/__admin/secrets", "Bearer " + SECRET_KEY);
            assertThat(listed.statusCode()).isEqualTo(200);
            assertThat(listed.body()).contains("admin-guarded");
            assertThat(admin("POST", "/__admin/reset", "bearer " + SECRET_KEY).statusCode())
                    .isEqualTo(200);
            assertThat(server.secret("admin-guarded")).isEmpty();
            assertThat(server.secret("guarded")).isPresent();
        } finally {
            server.secret("admin-guarded").ifPresent(s -> server.reset());
        }
    }

    @Test
    void theDefaultServerAcceptsAnyCredentials() {
        try (MockSecretsManagerServer open = MockSecretsManagerServer.start();
                SecretsManagerClient client = SecretsManagerClient.builder()
                        .endpointOverride(open.endpoint())
                        .region(Region.US_EAST_1)
                        .credentialsProvider(
                                StaticCredentialsProvider.create(AwsBasicCredentials.create("anything", "at-all")))
                        .httpClient(UrlConnectionHttpClient.create())
                        .build()) {
            client.createSecret(r -> r.name("open").secretString("v"));
            assertThat(client.getSecretValue(r -> r.secretId("open")).secretString())
                    .isEqualTo("v");
        }
    }

    @Test
    void theSecretKeyNeverShowsInToString() {
        assertThat(server.config().toString()).contains(ACCESS_KEY).doesNotContain(SECRET_KEY);
    }
}
