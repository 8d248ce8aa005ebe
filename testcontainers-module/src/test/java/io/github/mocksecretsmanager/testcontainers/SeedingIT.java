package io.github.mocksecretsmanager.testcontainers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.secretsmanager.model.GetSecretValueResponse;

/** Seeds, region and account id reach the server inside the container. */
@RequiresDocker
class SeedingIT {

    @Test
    void stringAndBinarySeedsInTheConfiguredRegionAndAccount() {
        byte[] key = {0, 1, 2, (byte) 0xfe, (byte) 0xff, '"', '\\', '\n'};
        String awkward = "line 1\nline \"2\" \\ \t tab, ünïcödé, {\"json\": [1, 2]}";
        try (SecretsManagerContainer container = new SecretsManagerContainer()
                        .withRegion("eu-west-1")
                        .withAccountId("111122223333")
                        .withSecret("db/creds", "{\"user\":\"app\"}")
                        .withSecret("tls/key", key)
                        .withSecret("awkward", "replaced")
                        .withSecret("awkward", awkward);
                SecretsManagerClient client = start(container)) {
            assertThat(container.getRegion()).isEqualTo("eu-west-1");
            assertThat(container.getAccountId()).isEqualTo("111122223333");

            GetSecretValueResponse binary = client.getSecretValue(r -> r.secretId("tls/key"));
            assertThat(binary.secretBinary().asByteArray()).isEqualTo(key);
            assertThat(binary.secretString()).isNull();
            assertThat(binary.arn()).startsWith("arn:aws:secretsmanager:eu-west-1:111122223333:secret:tls/key-");

            assertThat(client.getSecretValue(r -> r.secretId("db/creds")).secretString())
                    .isEqualTo("{\"user\":\"app\"}");
            assertThat(client.getSecretValue(r -> r.secretId("awkward")).secretString())
                    .isEqualTo(awkward);
            assertThat(client.listSecretVersionIds(r -> r.secretId("awkward")).versions())
                    .hasSize(1);
        }
    }

    @Test
    void secretValuesNeverReachTheContainerLog() {
        try (SecretsManagerContainer container = new SecretsManagerContainer()
                        .withEnv("MSM_LOG_LEVEL", "trace")
                        .withSecret("seeded", "seed-value-3f9a");
                SecretsManagerClient client = start(container)) {
            client.putSecretValue(r -> r.secretId("seeded").secretString("put-value-7c1e"));
            assertThat(client.getSecretValue(r -> r.secretId("seeded")).secretString())
                    .isEqualTo("put-value-7c1e");
            assertThat(container.getLogs())
                    .contains("listening on")
                    .doesNotContain("seed-value-3f9a")
                    .doesNotContain("put-value-7c1e");
        }
    }

    private static SecretsManagerClient start(SecretsManagerContainer container) {
        container.start();
        return SdkClients.forContainer(container);
    }
}
