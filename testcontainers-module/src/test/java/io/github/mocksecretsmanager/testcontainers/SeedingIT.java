package io.github.mocksecretsmanager.testcontainers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testcontainers.containers.ContainerLaunchException;
import org.testcontainers.containers.output.ToStringConsumer;
import org.testcontainers.containers.startupcheck.OneShotStartupCheckStrategy;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.secretsmanager.model.GetSecretValueResponse;
import software.amazon.awssdk.services.secretsmanager.model.SecretListEntry;

/** Seeds (inline, from a seed file, deprecated), region and account id reach the server inside the container. */
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

    @Test
    void aPrivateSeedFileIsReadByTheImageUserAndReplacedBeforeInlineSeeds(@TempDir Path dir) throws IOException {
        Path replaced = Files.writeString(dir.resolve("replaced.json"), "[{\"name\": \"replaced\", \"value\": \"x\"}]");
        // rw------- for the test's user: the container's server runs as user 10001.
        Path seeds = Files.createTempFile(dir, "seeds", ".json");
        Files.writeString(
                seeds,
                "[{\"name\": \"from/file\", \"value\": {\"user\": \"app\"}},"
                        + " {\"name\": \"file/binary\", \"base64\": \"AAEC\"}]");
        assertThat(Files.getPosixFilePermissions(seeds)).doesNotContain(PosixFilePermission.OTHERS_READ);
        try (SecretsManagerContainer container = new SecretsManagerContainer()
                        .withSeedFile(replaced)
                        .withSecret("inline", "inline value")
                        .withSeedFile(seeds);
                SecretsManagerClient client = start(container)) {
            assertThat(client.getSecretValue(r -> r.secretId("from/file")).secretString())
                    .isEqualTo("{\"user\":\"app\"}");
            assertThat(client.getSecretValue(r -> r.secretId("file/binary"))
                            .secretBinary()
                            .asByteArray())
                    .containsExactly(0, 1, 2);
            assertThat(client.listSecrets().secretList())
                    .extracting(SecretListEntry::name)
                    .containsExactlyInAnyOrder("from/file", "file/binary", "inline");
        }
    }

    @Test
    void aMalformedSeedFileStopsTheServerWithThePositionNeverTheValue(@TempDir Path dir) throws IOException {
        Path seeds = Files.writeString(
                dir.resolve("seeds.json"), "[\n  {\"name\": \"typo\", \"vaule\": \"malformed-canary-51d0\"}\n]");
        ToStringConsumer logs = new ToStringConsumer();
        try (SecretsManagerContainer container = new SecretsManagerContainer()
                .withSeedFile(seeds)
                .withLogConsumer(logs)
                .withStartupCheckStrategy(new OneShotStartupCheckStrategy().withTimeout(Duration.ofSeconds(30)))) {
            assertThatThrownBy(container::start).isInstanceOf(ContainerLaunchException.class);
            assertThat(logs.toUtf8String())
                    .contains("error: MSM_SEED_FILE: /opt/msm/seeds.json, line 2, column 20: secret \"typo\": unknown"
                            + " member \"vaule\"")
                    .doesNotContain("malformed-canary-51d0");
        }
    }

    @Test
    void theDeprecatedVariableStillSeedsAndWarnsWithoutTheValue() {
        try (SecretsManagerContainer container = new SecretsManagerContainer()
                        .withEnv("MSM_SEED_SECRETS", "{\"old\": \"deprecated-canary-8e2f\"}");
                SecretsManagerClient client = start(container)) {
            assertThat(client.getSecretValue(r -> r.secretId("old")).secretString())
                    .isEqualTo("deprecated-canary-8e2f");
            assertThat(container.getLogs())
                    .contains("WARN", "MSM_SEED_SECRETS is deprecated", "MSM_SEED_FILE", "MSM_SEEDS")
                    .doesNotContain("deprecated-canary-8e2f");
        }
    }

    private static SecretsManagerClient start(SecretsManagerContainer container) {
        container.start();
        return SdkClients.forContainer(container);
    }
}
