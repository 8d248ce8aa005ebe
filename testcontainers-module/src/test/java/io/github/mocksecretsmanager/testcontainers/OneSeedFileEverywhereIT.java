package io.github.mocksecretsmanager.testcontainers;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mocksecretsmanager.junit.MockSecretsManager;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testcontainers.utility.MountableFile;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.secretsmanager.model.GetSecretValueResponse;
import software.amazon.awssdk.services.secretsmanager.model.SecretListEntry;

/**
 * One seed file, three servers: the JUnit extension's ({@code seedFile}), the standalone jar's
 * ({@code --seed-file}) and the container's ({@code withSeedFile}) hold the same secrets.
 */
@RequiresDocker
@MockSecretsManager(seedFile = OneSeedFileEverywhereIT.SEED_FILE)
class OneSeedFileEverywhereIT {

    static final String SEED_FILE = "seeds/everywhere.json";

    /** What {@value #SEED_FILE} holds, as GetSecretValue answers it. */
    private static final Map<String, Object> EXPECTED = Map.of(
            "api/key", "plain text: ünïcödé, \"quotes\", \\ and a\nnew line",
            "db/creds",
                    "{\"user\":\"app\",\"password\":\"p@ss word\",\"port\":5432,\"ssl\":true,\"hosts\":[\"a\",\"b\"]}",
            "tls/key", SdkBytes.fromByteArray(new byte[] {0, 1, 2, (byte) 0xfd, (byte) 0xfe, (byte) 0xff, '"', '\\'}));

    @Test
    void theExtensionTheStandaloneJarAndTheContainerHoldTheSameSecrets(
            SecretsManagerClient extension, @TempDir Path dir) throws Exception {
        Map<String, Map<String, Object>> seen = new LinkedHashMap<>();
        seen.put("extension", secrets(extension));

        Process standalone = startStandaloneJar(seedFilePath(), dir.resolve("standalone.log"));
        try (SecretsManagerClient client =
                SdkClients.forEndpoint(endpointOf(standalone, dir.resolve("standalone.log")))) {
            seen.put("standalone jar", secrets(client));
        } finally {
            standalone.destroy();
        }

        try (SecretsManagerContainer container =
                        new SecretsManagerContainer().withSeedFile(MountableFile.forClasspathResource(SEED_FILE));
                SecretsManagerClient client = started(container)) {
            seen.put("container", secrets(client));
        }

        assertThat(seen)
                .allSatisfy((server, secrets) -> assertThat(secrets).as(server).isEqualTo(EXPECTED));
    }

    /** Every secret the server lists, with its current value: a string or the binary's bytes. */
    private static Map<String, Object> secrets(SecretsManagerClient client) {
        Map<String, Object> secrets = new LinkedHashMap<>();
        for (SecretListEntry entry : client.listSecrets().secretList()) {
            GetSecretValueResponse value = client.getSecretValue(r -> r.secretId(entry.name()));
            secrets.put(entry.name(), value.secretString() != null ? value.secretString() : value.secretBinary());
        }
        return secrets;
    }

    private static Path seedFilePath() throws URISyntaxException {
        return Path.of(OneSeedFileEverywhereIT.class
                .getClassLoader()
                .getResource(SEED_FILE)
                .toURI());
    }

    private static Process startStandaloneJar(Path seedFile, Path log) throws IOException {
        Path jar = Path.of(
                System.getProperty("msm.standaloneJar", "../standalone/target/mock-secrets-manager-standalone.jar"));
        assertThat(jar)
                .as("the standalone jar (built by the standalone module)")
                .isRegularFile();
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        ProcessBuilder builder = new ProcessBuilder(List.of(
                        java.toString(), "-jar", jar.toString(), "--port", "0", "--seed-file", seedFile.toString()))
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().keySet().removeIf(name -> name.startsWith("MSM_"));
        return builder.start();
    }

    private static URI endpointOf(Process process, Path log) throws IOException, InterruptedException {
        Matcher endpoint = Pattern.compile("listening on (http://\\S+)").matcher("");
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(deadline)) {
            String output = Files.readString(log, StandardCharsets.UTF_8);
            if (endpoint.reset(output).find()) {
                return URI.create(endpoint.group(1));
            }
            if (!process.isAlive()) {
                throw new AssertionError("the standalone jar exited with " + process.exitValue() + ":\n" + output);
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the standalone jar printed no endpoint within 30 s:\n" + Files.readString(log));
    }

    private static SecretsManagerClient started(SecretsManagerContainer container) {
        container.start();
        return SdkClients.forContainer(container);
    }
}
