package io.github.mocksecretsmanager.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mocksecretsmanager.testcontainers.SecretsManagerContainer;
import org.junit.jupiter.api.Test;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.utility.MountableFile;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

/** docs/standalone-and-container.md, "Testcontainers": a container seeded from the seed file the extension reads. */
@RequiresDocker
@Testcontainers
class ContainerSeedFileIT {
    // tag::seed-file[]
    @Container
    static SecretsManagerContainer secrets = new SecretsManagerContainer()
            // src/test/resources/secrets/seeds.json, which @MockSecretsManager(seedFile = ...) reads too
            .withSeedFile(MountableFile.forClasspathResource("secrets/seeds.json"))
            .withSecret("db/creds", "{\"user\":\"app\"}"); // after the file's secrets
    // end::seed-file[]

    @Test
    void holdsTheSecretsOfTheFileAndOfWithSecret() {
        try (SecretsManagerClient client = SecretsManagerClient.builder()
                .endpointOverride(secrets.getEndpoint())
                .region(Region.of(secrets.getRegion()))
                .credentialsProvider(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create(secrets.getAccessKey(), secrets.getSecretKey())))
                .build()) {
            assertThat(client.getSecretValue(r -> r.secretId("api/key")).secretString())
                    .isEqualTo("plain text");
            assertThat(client.getSecretValue(r -> r.secretId("app/config")).secretString())
                    .isEqualTo("{\"user\":\"app\",\"port\":5432}");
            assertThat(client.getSecretValue(r -> r.secretId("tls/cert")).secretBinary())
                    .isEqualTo(SdkBytes.fromByteArray(new byte[] {0, 1, 2, 3}));
            assertThat(client.getSecretValue(r -> r.secretId("db/creds")).secretString())
                    .isEqualTo("{\"user\":\"app\"}");
        }
        assertThat(secrets.getEnvMap()).containsEntry("MSM_SEED_FILE", "/opt/msm/seeds.json");
    }
}
