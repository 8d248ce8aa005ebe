package io.github.mocksecretsmanager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mocksecretsmanager.model.SecretSnapshot;
import io.github.mocksecretsmanager.model.SecretValue;
import io.github.mocksecretsmanager.model.SecretVersion;
import io.github.mocksecretsmanager.testsupport.SdkClients;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.secretsmanager.model.ResourceNotFoundException;

/** The embeddable Java API: start, endpoint, seeds, inspection, reset, stop. */
class ServerApiTest {

    private final HttpClient http = HttpClient.newHttpClient();

    private int get(URI uri) throws Exception {
        return http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    @Test
    void startsOnAFreePortAndAnswersHealth() throws Exception {
        try (MockSecretsManagerServer server = MockSecretsManagerServer.start()) {
            assertThat(server.port()).isPositive();
            assertThat(server.endpoint()).isEqualTo(URI.create("http://127.0.0.1:" + server.port()));
            assertThat(get(server.endpoint().resolve("/__admin/health"))).isEqualTo(200);
        }
    }

    @Test
    void serversInOneJvmShareNothing() {
        try (MockSecretsManagerServer first = MockSecretsManagerServer.start();
                MockSecretsManagerServer second = MockSecretsManagerServer.start();
                SecretsManagerClient firstClient = SdkClients.syncClient(first);
                SecretsManagerClient secondClient = SdkClients.syncClient(second)) {
            assertThat(first.port()).isNotEqualTo(second.port());
            firstClient.createSecret(r -> r.name("only-in-first").secretString("v"));

            assertThat(first.secret("only-in-first")).isPresent();
            assertThat(second.secret("only-in-first")).isEmpty();
            assertThatThrownBy(() -> secondClient.getSecretValue(r -> r.secretId("only-in-first")))
                    .isInstanceOf(ResourceNotFoundException.class);
        }
    }

    @Test
    void regionAndAccountShapeTheArns() {
        ServerConfig config = ServerConfig.builder()
                .region("eu-west-3")
                .accountId("000011112222")
                .build();
        try (MockSecretsManagerServer server = MockSecretsManagerServer.start(config);
                SecretsManagerClient client = SdkClients.syncClient(server)) {
            String arn =
                    client.createSecret(r -> r.name("db").secretString("v")).arn();
            assertThat(arn).matches("arn:aws:secretsmanager:eu-west-3:000011112222:secret:db-[A-Za-z0-9]{6}");
        }
    }

    @Test
    void seedsExistAtStartAndComeBackAfterReset() {
        ServerConfig config = ServerConfig.builder()
                .seed("db/creds", "{\"user\":\"app\"}")
                .seed("cert", new byte[] {1, 2, 3})
                .build();
        try (MockSecretsManagerServer server = MockSecretsManagerServer.start(config);
                SecretsManagerClient client = SdkClients.syncClient(server)) {
            assertThat(client.getSecretValue(r -> r.secretId("db/creds")).secretString())
                    .isEqualTo("{\"user\":\"app\"}");
            assertThat(client.getSecretValue(r -> r.secretId("cert")).secretBinary())
                    .isEqualTo(SdkBytes.fromByteArray(new byte[] {1, 2, 3}));

            client.putSecretValue(r -> r.secretId("db/creds").secretString("changed"));
            client.createSecret(r -> r.name("scratch").secretString("v"));
            server.reset();

            assertThat(server.secrets()).extracting(SecretSnapshot::name).containsExactly("cert", "db/creds");
            assertThat(server.secret("db/creds").orElseThrow().versions()).hasSize(1);
            assertThat(client.getSecretValue(r -> r.secretId("db/creds")).secretString())
                    .isEqualTo("{\"user\":\"app\"}");
        }
    }

    @Test
    void inspectionShowsVersionsAndLabelsWrittenOverTheWire() {
        try (MockSecretsManagerServer server = MockSecretsManagerServer.start();
                SecretsManagerClient client = SdkClients.syncClient(server)) {
            server.createSecret("app", "v1");
            client.putSecretValue(r -> r.secretId("app").secretString("v2").versionStages("AWSPENDING"));

            SecretSnapshot snapshot = server.secret("app").orElseThrow();
            assertThat(snapshot.current().orElseThrow().value().string()).isEqualTo("v1");
            assertThat(snapshot.versionWithStage("AWSPENDING")
                            .orElseThrow()
                            .value()
                            .string())
                    .isEqualTo("v2");
            assertThat(server.secret(snapshot.arn())).isPresent();

            SecretVersion v3 = server.putSecretValue("app", "v3");
            assertThat(client.getSecretValue(r -> r.secretId("app")).versionId())
                    .isEqualTo(v3.versionId());
        }
    }

    @Test
    void stopReleasesThePortAndIsIdempotent() throws Exception {
        MockSecretsManagerServer server = MockSecretsManagerServer.start();
        URI health = server.endpoint().resolve("/__admin/health");
        server.stop();
        server.stop();
        assertThatThrownBy(() -> get(health)).isInstanceOf(ConnectException.class);

        try (MockSecretsManagerServer again = MockSecretsManagerServer.start(
                ServerConfig.builder().port(server.port()).build())) {
            assertThat(again.port()).isEqualTo(server.port());
        }
    }

    @Test
    void aPortInUseFailsLoudly() {
        try (MockSecretsManagerServer server = MockSecretsManagerServer.start()) {
            ServerConfig clash = ServerConfig.builder().port(server.port()).build();
            assertThatThrownBy(() -> MockSecretsManagerServer.start(clash))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining(String.valueOf(server.port()));
        }
    }

    @Test
    void adminResetAndListingNeverShowValues() throws Exception {
        ServerConfig config =
                ServerConfig.builder().seed("seeded", "SEED-CANARY-123").build();
        try (MockSecretsManagerServer server = MockSecretsManagerServer.start(config)) {
            server.createSecret("extra", "EXTRA-CANARY-456");
            HttpResponse<String> listing = http.send(
                    HttpRequest.newBuilder(server.endpoint().resolve("/__admin/secrets"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            assertThat(listing.body())
                    .contains("\"seeded\"", "\"extra\"", "AWSCURRENT")
                    .doesNotContain("CANARY");

            HttpResponse<String> reset = http.send(
                    HttpRequest.newBuilder(server.endpoint().resolve("/__admin/reset"))
                            .POST(HttpRequest.BodyPublishers.noBody())
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(reset.statusCode()).isEqualTo(200);
            assertThat(server.secrets()).extracting(SecretSnapshot::name).containsExactly("seeded");
        }
    }

    @Test
    void configValidationNamesTheProblem() {
        assertThatThrownBy(() -> ServerConfig.builder().region("Mars").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("region");
        assertThatThrownBy(() -> ServerConfig.builder().accountId("12").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("accountId");
        assertThatThrownBy(() -> ServerConfig.builder().port(70_000).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("port");
    }

    @Test
    void valuesNeverShowInToString() {
        SecretValue value = SecretValue.ofString("TOSTRING-CANARY");
        SeedSecret seed = SeedSecret.ofString("n", "TOSTRING-CANARY");
        ServerConfig config = ServerConfig.builder().seed(seed).build();
        try (MockSecretsManagerServer server = MockSecretsManagerServer.start(config)) {
            SecretSnapshot snapshot = server.secret("n").orElseThrow();
            for (Object o :
                    List.of(value, seed, config, snapshot, snapshot.versions().get(0), server)) {
                assertThat(o.toString()).doesNotContain("CANARY");
            }
            assertThat(snapshot.current().orElseThrow().value()).isEqualTo(value);
        }
    }
}
