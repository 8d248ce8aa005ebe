package io.github.mocksecretsmanager.testcontainers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.secretsmanager.model.GetSecretValueResponse;
import software.amazon.awssdk.services.secretsmanager.model.PutSecretValueResponse;

/** A container declared with {@code @Container}, driven through the SDK. */
@RequiresDocker
@Testcontainers
class SecretsManagerContainerIT {

    @Container
    static SecretsManagerContainer secrets = new SecretsManagerContainer().withSecret("db/creds", "{\"user\":\"app\"}");

    static SecretsManagerClient client;

    @BeforeAll
    static void client() {
        client = SdkClients.forContainer(secrets);
    }

    @AfterAll
    static void closeClient() {
        client.close();
    }

    @Test
    void runsTheImageOfThisModulesVersionOnAMappedPort() {
        assertThat(secrets.getDockerImageName())
                .isEqualTo("mock-secrets-manager:" + SecretsManagerContainer.moduleVersion());
        assertThat(secrets.getEndpoint().getHost()).isEqualTo(secrets.getHost());
        assertThat(secrets.getEndpoint().getPort()).isEqualTo(secrets.getMappedPort(SecretsManagerContainer.PORT));
        assertThat(secrets.getRegion()).isEqualTo("us-east-1");
        assertThat(secrets.getAccessKey()).isEqualTo("test");
        assertThat(secrets.getSecretKey()).isEqualTo("test");
    }

    @Test
    void theSeededSecretIsThereFromTheStart() {
        GetSecretValueResponse seeded = client.getSecretValue(r -> r.secretId("db/creds"));
        assertThat(seeded.secretString()).isEqualTo("{\"user\":\"app\"}");
        assertThat(seeded.versionStages()).containsExactly("AWSCURRENT");
        assertThat(seeded.arn()).startsWith("arn:aws:secretsmanager:us-east-1:123456789012:secret:db/creds-");
    }

    @Test
    void putSecretValueThenReadItBack() {
        client.createSecret(r -> r.name("app/token").secretString("first"));
        PutSecretValueResponse put =
                client.putSecretValue(r -> r.secretId("app/token").secretString("second"));
        assertThat(put.versionStages()).containsExactly("AWSCURRENT");

        GetSecretValueResponse current = client.getSecretValue(r -> r.secretId("app/token"));
        assertThat(current.secretString()).isEqualTo("second");
        assertThat(current.versionId()).isEqualTo(put.versionId());
        GetSecretValueResponse previous =
                client.getSecretValue(r -> r.secretId("app/token").versionStage("AWSPREVIOUS"));
        assertThat(previous.secretString()).isEqualTo("first");
    }
}
