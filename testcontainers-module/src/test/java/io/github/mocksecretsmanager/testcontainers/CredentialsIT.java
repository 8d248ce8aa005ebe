package io.github.mocksecretsmanager.testcontainers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mocksecretsmanager.faults.FaultRule;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.secretsmanager.model.SecretsManagerException;

/** A container that requires signed requests: the getters' keys work, others are refused. */
@RequiresDocker
@Testcontainers
class CredentialsIT {

    @Container
    static SecretsManagerContainer secrets = new SecretsManagerContainer()
            .withCredentials("AKIDCONTAINER", "container-secret-key")
            .withSecret("guarded", "value");

    @Test
    void theGettersKeysAreAcceptedAndOthersRefused() {
        assertThat(secrets.getAccessKey()).isEqualTo("AKIDCONTAINER");
        try (SecretsManagerClient client = SdkClients.forContainer(secrets)) {
            assertThat(client.getSecretValue(r -> r.secretId("guarded")).secretString())
                    .isEqualTo("value");
        }
        try (SecretsManagerClient stranger = SecretsManagerClient.builder()
                .endpointOverride(secrets.getEndpoint())
                .region(Region.of(secrets.getRegion()))
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .build()) {
            assertThatThrownBy(() -> stranger.getSecretValue(r -> r.secretId("guarded")))
                    .isInstanceOfSatisfying(
                            SecretsManagerException.class,
                            e -> assertThat(e.awsErrorDetails().errorCode()).isEqualTo("UnrecognizedClientException"));
        }
    }

    @Test
    void theAdminEndpointsNeedTheSecretKeyWhichTheContainerSends() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> unauthorized = http.send(
                HttpRequest.newBuilder(secrets.getEndpoint().resolve("/__admin/reset"))
                        .POST(HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(unauthorized.statusCode()).isEqualTo(401);
        HttpResponse<String> health = http.send(
                HttpRequest.newBuilder(secrets.getEndpoint().resolve("/__admin/health"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(health.statusCode()).isEqualTo(200);

        String id = secrets.addFault(FaultRule.onOperation("ListSecrets").throttle());
        assertThat(secrets.faults()).hasSize(1);
        secrets.removeFault(id);
        secrets.clock().advance(Duration.ofHours(1));
        assertThat(secrets.requests()).isNotNull();
        assertThat(secrets.rotations()).isEmpty();
    }
}
