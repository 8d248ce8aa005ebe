package io.github.mocksecretsmanager.internal.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mocksecretsmanager.MockSecretsManagerServer;
import io.github.mocksecretsmanager.ServerConfig;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** LocalStack's status endpoints, answered by every server, also when signed requests are required. */
class LocalStackEndpointsTest {

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> send(MockSecretsManagerServer server, String method, String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(server.endpoint().resolve(path))
                        .method(method, HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void healthReportsSecretsManagerAvailable() throws Exception {
        try (MockSecretsManagerServer server = MockSecretsManagerServer.start(
                ServerConfig.builder().credentials("AKIDEXAMPLE", "secret").build())) {
            HttpResponse<String> health = send(server, "GET", "/_localstack/health");

            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(health.headers().firstValue("Content-Type")).hasValue("application/json");
            assertThat(health.body()).contains("\"secretsmanager\":\"available\"");
            assertThat(send(server, "HEAD", "/_localstack/health").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void initScriptsAreComplete() throws Exception {
        try (MockSecretsManagerServer server = MockSecretsManagerServer.start()) {
            assertThat(send(server, "GET", "/_localstack/init/ready").body())
                    .isEqualTo("{\"completed\":true,\"scripts\":[]}");
            assertThat(send(server, "GET", "/_localstack/init").body()).contains("\"READY\":true");
        }
    }

    @Test
    void otherPathsAndMethodsAreRefused() throws Exception {
        try (MockSecretsManagerServer server = MockSecretsManagerServer.start()) {
            assertThat(send(server, "GET", "/_localstack/info").statusCode()).isEqualTo(404);
            assertThat(send(server, "POST", "/_localstack/health").statusCode()).isEqualTo(405);
        }
    }
}
