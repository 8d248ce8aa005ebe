package io.github.mocksecretsmanager.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mocksecretsmanager.testcontainers.SecretsManagerContainer;
import org.junit.jupiter.api.Test;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

/** The README's container quick start and docs/standalone-and-container.md's Testcontainers example. */
@RequiresDocker
// tag::quick-start[]
@Testcontainers
class ContainerQuickStartIT {
    @Container
    static SecretsManagerContainer secrets = new SecretsManagerContainer().withSecret("db/creds", "{\"user\":\"app\"}");

    @Test
    void readsTheSecret() {
        try (SecretsManagerClient client = SecretsManagerClient.builder()
                .endpointOverride(secrets.getEndpoint())
                .region(Region.of(secrets.getRegion()))
                .credentialsProvider(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create(secrets.getAccessKey(), secrets.getSecretKey())))
                .build()) {
            assertThat(client.getSecretValue(r -> r.secretId("db/creds")).secretString())
                    .isEqualTo("{\"user\":\"app\"}");
        }
    }
}
// end::quick-start[]
