package io.github.mocksecretsmanager.testcontainers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testcontainers.utility.DockerImageName;
import org.testcontainers.utility.MountableFile;

/** What the container is configured with; needs no Docker (nothing is started). */
class SecretsManagerContainerTest {

    @Test
    void theDefaultImageIsPinnedToThisModulesVersion() {
        try (SecretsManagerContainer container = new SecretsManagerContainer()) {
            // getDockerImageName() would ask the Docker daemon; the integration tests check it.
            assertThat(SecretsManagerContainer.moduleVersion()).isNotBlank().doesNotContain("${");
            assertThat(SecretsManagerContainer.publishedImage().asCanonicalNameString())
                    .isEqualTo("ghcr.io/mocksecretsmanager/mock-secrets-manager:"
                            + SecretsManagerContainer.moduleVersion())
                    .doesNotEndWith(":latest");
            assertThat(SecretsManagerContainer.localImage().asCanonicalNameString())
                    .isEqualTo("mock-secrets-manager:" + SecretsManagerContainer.moduleVersion());
            assertThat(container.getExposedPorts()).containsExactly(SecretsManagerContainer.PORT);
        }
    }

    @Test
    void theLocallyBuiltImageIsPreferredWhenTheDaemonHasIt() {
        List<String> asked = new ArrayList<>();
        DockerImageName chosen = SecretsManagerContainer.chooseImage("1.2.3", image -> {
            asked.add(image.asCanonicalNameString());
            return true;
        });
        assertThat(asked).containsExactly("mock-secrets-manager:1.2.3");
        assertThat(chosen.asCanonicalNameString()).isEqualTo("mock-secrets-manager:1.2.3");
        chosen.assertCompatibleWith(SecretsManagerContainer.DEFAULT_IMAGE_NAME);
    }

    @Test
    void otherwiseThePublishedImageOfTheSameVersionIsPulled() {
        assertThat(SecretsManagerContainer.chooseImage("1.2.3", image -> false).asCanonicalNameString())
                .isEqualTo("ghcr.io/mocksecretsmanager/mock-secrets-manager:1.2.3");
    }

    @Test
    void aSnapshotWithoutTheLocalImageSaysWhatToBuild() {
        assertThatThrownBy(() -> SecretsManagerContainer.chooseImage("1.3.0-SNAPSHOT", image -> false))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("mock-secrets-manager:1.3.0-SNAPSHOT is not on the Docker daemon")
                .hasMessageContaining("SNAPSHOT versions are not published to ghcr.io")
                .hasMessageContaining("mvn -B package -DskipTests -pl testcontainers-module -am");
        assertThat(SecretsManagerContainer.chooseImage("1.3.0-SNAPSHOT", image -> true)
                        .asCanonicalNameString())
                .isEqualTo("mock-secrets-manager:1.3.0-SNAPSHOT");
    }

    @Test
    void startingASnapshotWithoutTheLocalImageFailsWithThatMessageBeforeAnyPull() {
        try (SecretsManagerContainer container = new SecretsManagerContainer("1.3.0-SNAPSHOT", image -> false)) {
            // What start() asks first; the choice fails before Testcontainers would ask Docker to pull.
            assertThatThrownBy(container::getDockerImageName)
                    .rootCause()
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("mock-secrets-manager:1.3.0-SNAPSHOT is not on the Docker daemon")
                    .hasMessageContaining("SNAPSHOT versions are not published");
        }
    }

    @Test
    void onlyCompatibleImagesAreAccepted() {
        new SecretsManagerContainer(DockerImageName.parse("mock-secrets-manager:latest")).close();
        new SecretsManagerContainer(DockerImageName.parse("ghcr.io/mocksecretsmanager/mock-secrets-manager:1.0.0"))
                .close();
        new SecretsManagerContainer(DockerImageName.parse("registry.example/msm:1")
                        .asCompatibleSubstituteFor("mock-secrets-manager"))
                .close();
        new SecretsManagerContainer(DockerImageName.parse("registry.example/msm:1")
                        .asCompatibleSubstituteFor("ghcr.io/mocksecretsmanager/mock-secrets-manager"))
                .close();
        assertThatThrownBy(() -> new SecretsManagerContainer(DockerImageName.parse("localstack/localstack:4")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("mock-secrets-manager");
    }

    @Test
    void gettersReadTheEnvironmentTheSettersWrite() {
        try (SecretsManagerContainer container = new SecretsManagerContainer()) {
            assertThat(container.getRegion()).isEqualTo("us-east-1");
            assertThat(container.getAccountId()).isEqualTo("123456789012");
            assertThat(container.getAccessKey()).isEqualTo("test");
            assertThat(container.getSecretKey()).isEqualTo("test");

            container.withRegion("eu-central-1").withAccountId("444455556666").withCredentials("AKIA1", "SECRET1");
            assertThat(container.getEnvMap())
                    .containsEntry("MSM_REGION", "eu-central-1")
                    .containsEntry("MSM_ACCOUNT_ID", "444455556666");
            assertThat(container.getRegion()).isEqualTo("eu-central-1");
            assertThat(container.getAccountId()).isEqualTo("444455556666");
            assertThat(container.getAccessKey()).isEqualTo("AKIA1");
            assertThat(container.getSecretKey()).isEqualTo("SECRET1");
            assertThat(container.getEnvMap())
                    .containsEntry("MSM_ACCESS_KEY_ID", "AKIA1")
                    .containsEntry("MSM_SECRET_ACCESS_KEY", "SECRET1");
        }
    }

    @Test
    void seedsBecomeOneSeedFileVariableInTheOrderGiven() {
        byte[] binary = {0, 1, (byte) 0xff};
        try (SecretsManagerContainer container = new SecretsManagerContainer()
                .withSecret("b", "quote \" backslash \\ newline \n control \u0001")
                .withSecret("a/bin", binary)
                .withSecret("b\"", "escaped name")
                .withSecret("b", "replaced keeps its place")) {
            assertThat(container.getEnvMap().get("MSM_SEEDS"))
                    .isEqualTo("[{\"name\":\"b\",\"value\":\"replaced keeps its place\"},"
                            + "{\"name\":\"a/bin\",\"base64\":\""
                            + Base64.getEncoder().encodeToString(binary) + "\"},"
                            + "{\"name\":\"b\\\"\",\"value\":\"escaped name\"}]");
            assertThat(container.getEnvMap()).doesNotContainKeys("MSM_SEED_SECRETS", "MSM_SEED_FILE");
        }
        assertThat(JsonText.string("quote \" backslash \\ newline \n tab \t control \u0001"))
                .isEqualTo("\"quote \\\" backslash \\\\ newline \\n tab \\t control \\u0001\"");
    }

    /** The copy itself happens when the container is created: SeedingIT checks it. */
    @Test
    void aSeedFileIsNamedInTheEnvironment(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("seeds.json"), "[]");
        try (SecretsManagerContainer container = new SecretsManagerContainer().withSeedFile(file)) {
            assertThat(container.getEnvMap()).containsEntry("MSM_SEED_FILE", "/opt/msm/seeds.json");
        }
        try (SecretsManagerContainer container = new SecretsManagerContainer()
                .withSeedFile(MountableFile.forClasspathResource("seeds/everywhere.json"))) {
            assertThat(container.getEnvMap()).containsEntry("MSM_SEED_FILE", "/opt/msm/seeds.json");
        }
    }

    @Test
    void aSeedFileMustBeAFile(@TempDir Path dir) {
        try (SecretsManagerContainer container = new SecretsManagerContainer()) {
            assertThatThrownBy(() -> container.withSeedFile(dir.resolve("missing.json")))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("seed file " + dir.resolve("missing.json") + " is not a file");
            assertThatThrownBy(() -> container.withSeedFile(dir))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("is not a file");
            assertThat(container.getEnvMap()).doesNotContainKey("MSM_SEED_FILE");
        }
    }

    @Test
    void theNetworkEndpointNeedsANetwork() {
        try (SecretsManagerContainer container = new SecretsManagerContainer()) {
            assertThatThrownBy(container::getNetworkEndpoint)
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("withNetwork");
        }
    }
}
