package io.github.mocksecretsmanager.standalone;

import static org.assertj.core.api.Assertions.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mocksecretsmanager.MockSecretsManagerServer;
import io.github.mocksecretsmanager.SeedSecret;
import io.github.mocksecretsmanager.ServerConfig;
import io.github.mocksecretsmanager.model.SecretValue;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MainTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private Main.Launch launch(Map<String, String> env, String... args) {
        return Main.launch(args, env, new PrintStream(out, true), new PrintStream(err, true));
    }

    @Test
    void optionsOverrideEnvironmentWhichOverridesDefaults() {
        ServerConfig config = CommandLine.parse(
                        new String[] {"--port", "0", "--region=eu-central-1"},
                        Map.of("MSM_REGION", "us-west-2", "MSM_ACCOUNT_ID", "111122223333", "MSM_PORT", "9"))
                .config();
        assertThat(config.port()).isZero();
        assertThat(config.region()).isEqualTo("eu-central-1");
        assertThat(config.accountId()).isEqualTo("111122223333");
        assertThat(CommandLine.parse(new String[0], Map.of()).config().port()).isEqualTo(Main.DEFAULT_PORT);
    }

    @Test
    void theJournalSizeComesFromTheOptionOrTheEnvironment() {
        assertThat(CommandLine.parse(new String[0], Map.of()).config().journalSize())
                .isEqualTo(ServerConfig.DEFAULT_JOURNAL_SIZE);
        assertThat(CommandLine.parse(new String[0], Map.of("MSM_JOURNAL_SIZE", "50"))
                        .config()
                        .journalSize())
                .isEqualTo(50);
        assertThat(CommandLine.parse(new String[] {"--journal-size", "0"}, Map.of("MSM_JOURNAL_SIZE", "50"))
                        .config()
                        .journalSize())
                .isZero();
    }

    @Test
    void theConnectionLimitsComeFromTheOptionsOrTheEnvironment() {
        ServerConfig defaults = CommandLine.parse(new String[0], Map.of()).config();
        assertThat(defaults.readTimeout()).isEqualTo(ServerConfig.DEFAULT_READ_TIMEOUT);
        assertThat(defaults.idleTimeout()).isEqualTo(ServerConfig.DEFAULT_IDLE_TIMEOUT);
        assertThat(defaults.maxConnections()).isEqualTo(ServerConfig.DEFAULT_MAX_CONNECTIONS);
        ServerConfig config = CommandLine.parse(
                        new String[] {"--read-timeout-ms", "2000", "--max-connections=50"},
                        Map.of(
                                "MSM_READ_TIMEOUT_MS", "9000",
                                "MSM_IDLE_TIMEOUT_MS", "30000",
                                "MSM_MAX_CONNECTIONS", "7"))
                .config();
        assertThat(config.readTimeout()).isEqualTo(Duration.ofSeconds(2));
        assertThat(config.idleTimeout()).isEqualTo(Duration.ofSeconds(30));
        assertThat(config.maxConnections()).isEqualTo(50);
        assertThatThrownBy(() -> CommandLine.parse(new String[] {"--read-timeout-ms", "0"}, Map.of())
                        .config())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("readTimeout");
    }

    @Test
    void signedRequestsAreRequiredWhenBothKeysAreInTheEnvironment() {
        ServerConfig config = CommandLine.parse(
                        new String[0], Map.of("MSM_ACCESS_KEY_ID", "AKID", "MSM_SECRET_ACCESS_KEY", "SECRET-KEY"))
                .config();
        assertThat(config.credentials().accessKeyId()).isEqualTo("AKID");
        assertThat(config.credentials().secretAccessKey()).isEqualTo("SECRET-KEY");
        assertThat(CommandLine.parse(new String[0], Map.of()).config().credentials())
                .isNull();

        Main.Launch halfConfigured = launch(Map.of("MSM_ACCESS_KEY_ID", "AKID"), "--port", "0");
        assertThat(halfConfigured.exitCode()).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("must be set together");
    }

    @Test
    void printsTheEndpointItListensOn() {
        Main.Launch launch = launch(Map.of(), "--port", "0", "--account-id", "444455556666");
        try {
            assertThat(launch.exitCode()).isZero();
            assertThat(out.toString(StandardCharsets.UTF_8))
                    .contains("listening on " + launch.server().endpoint())
                    .contains("account 444455556666");
        } finally {
            launch.server().stop();
        }
    }

    @Test
    void badOptionsExitWithUsage() {
        Main.Launch launch = launch(Map.of(), "--port", "many");
        assertThat(launch.exitCode()).isEqualTo(2);
        assertThat(launch.server()).isNull();
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("--port needs a number")
                .contains("Usage:");

        assertThat(launch(Map.of(), "--colour", "blue").exitCode()).isEqualTo(2);
        assertThat(launch(Map.of(), "--region", "nowhere").exitCode()).isEqualTo(2);
    }

    @Test
    void seedSecretsComeFromTheEnvironmentAsJson() {
        Main.Launch launch = launch(
                Map.of(
                        "MSM_SEED_SECRETS",
                        "{\"db/creds\": \"{\\\"user\\\":\\\"app\\\"}\", \"plain\": {\"string\": \"s3cr3t\"},"
                                + " \"tls/key\": {\"binary\": \"AAEC/w==\"}}"),
                "--port",
                "0");
        try {
            assertThat(launch.exitCode()).isZero();
            MockSecretsManagerServer server = launch.server();
            assertThat(server.secret("db/creds")
                            .orElseThrow()
                            .current()
                            .orElseThrow()
                            .value())
                    .isEqualTo(SecretValue.ofString("{\"user\":\"app\"}"));
            assertThat(server.secret("plain")
                            .orElseThrow()
                            .current()
                            .orElseThrow()
                            .value())
                    .isEqualTo(SecretValue.ofString("s3cr3t"));
            assertThat(server.secret("tls/key")
                            .orElseThrow()
                            .current()
                            .orElseThrow()
                            .value())
                    .isEqualTo(SecretValue.ofBinary(new byte[] {0, 1, 2, (byte) 0xff}));
            assertThat(server.config().seeds())
                    .extracting(SeedSecret::name)
                    .containsExactly("db/creds", "plain", "tls/key");
        } finally {
            launch.server().stop();
        }
        assertThat(CommandLine.parse(new String[0], Map.of("MSM_SEED_SECRETS", " "))
                        .config()
                        .seeds())
                .isEmpty();
    }

    @Test
    void badSeedSecretsExitWithUsageAndNeverPrintTheValues() {
        for (String bad : List.of(
                "[\"hunter2\"]",
                "{\"a\": \"hunter2\"",
                "{\"a\": hunter2}",
                "{\"a\": \"hunter2\", \"a\": \"hunter2\"}",
                "{\"a\": {\"binary\": \"hunter2!\"}}",
                "{\"a\": {\"text\": \"hunter2\"}}",
                "{\"a\": {\"string\": \"hunter2\", \"binary\": \"AA==\"}}",
                "{\"a\": 42} hunter2")) {
            err.reset();
            Main.Launch launch = launch(Map.of("MSM_SEED_SECRETS", bad), "--port", "0");
            assertThat(launch.exitCode()).as(bad).isEqualTo(2);
            assertThat(err.toString(StandardCharsets.UTF_8))
                    .as(bad)
                    .contains("MSM_SEED_SECRETS")
                    .doesNotContain("hunter2");
        }
    }

    @Test
    void helpPrintsUsage() {
        // Help needs no valid settings: the seed file is not read.
        assertThat(launch(Map.of("MSM_SEED_FILE", "/no/such/seeds.json"), "--help")
                        .exitCode())
                .isZero();
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains(
                        "--port N",
                        "--account-id",
                        "--seed-file PATH",
                        "MSM_SEED_FILE",
                        "MSM_SEEDS",
                        "MSM_LOG_LEVEL",
                        "MSM_SEED_SECRETS is deprecated");
    }

    @Test
    void seedsComeFromTheSeedFileThenFromMsmSeeds(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(
                dir.resolve("seeds.json"),
                """
                [
                  {"name": "db/creds", "value": {"user": "app", "port": 5432}},
                  {"name": "plain", "value": "s3cr3t"},
                  {"name": "tls/key", "base64": "AAEC/w=="}
                ]
                """);
        Main.Launch launch = launch(
                Map.of(
                        "MSM_SEED_FILE",
                        file.toString(),
                        "MSM_SEEDS",
                        "[{\"name\": \"inline\", \"value\": \"from the variable\"}]"),
                "--port",
                "0");
        try {
            assertThat(launch.exitCode())
                    .as(err.toString(StandardCharsets.UTF_8))
                    .isZero();
            MockSecretsManagerServer server = launch.server();
            assertThat(server.config().seeds())
                    .extracting(SeedSecret::name)
                    .containsExactly("db/creds", "plain", "tls/key", "inline");
            assertThat(currentValue(server, "db/creds"))
                    .isEqualTo(SecretValue.ofString("{\"user\":\"app\",\"port\":5432}"));
            assertThat(currentValue(server, "plain")).isEqualTo(SecretValue.ofString("s3cr3t"));
            assertThat(currentValue(server, "tls/key"))
                    .isEqualTo(SecretValue.ofBinary(new byte[] {0, 1, 2, (byte) 0xff}));
            assertThat(currentValue(server, "inline")).isEqualTo(SecretValue.ofString("from the variable"));
        } finally {
            launch.server().stop();
        }
    }

    @Test
    void theSeedFileOptionOverridesTheVariableAndBlankVariablesAreIgnored(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("seeds.json"), "[{\"name\": \"a\", \"value\": \"1\"}]");

        ServerConfig config = CommandLine.parse(
                        new String[] {"--seed-file", file.toString()},
                        Map.of("MSM_SEED_FILE", dir.resolve("missing.json").toString()))
                .config();
        assertThat(config.seeds()).containsExactly(SeedSecret.ofString("a", "1"));
        assertThat(CommandLine.parse(new String[] {"--seed-file=" + file}, Map.of())
                        .config()
                        .seeds())
                .containsExactly(SeedSecret.ofString("a", "1"));
        assertThat(CommandLine.parse(new String[0], Map.of("MSM_SEED_FILE", " ", "MSM_SEEDS", ""))
                        .config()
                        .seeds())
                .isEmpty();
    }

    @Test
    void badSeedsExitWithTheSettingThePositionAndTheSecretNeverTheValue(@TempDir Path dir) throws Exception {
        String canary = "SEED-CANARY-" + UUID.randomUUID();
        Path badFile = Files.writeString(
                dir.resolve("bad.json"),
                "[\n  {\"name\": \"fine\", \"value\": \"" + canary + "\"},\n  {\"name\": \"tls/key\", \"base64\": \""
                        + canary + "\"}\n]");
        Path goodFile =
                Files.writeString(dir.resolve("good.json"), "[{\"name\": \"twice\", \"value\": \"" + canary + "\"}]");
        Map<Map<String, String>, String> expected = Map.of(
                Map.of("MSM_SEED_FILE", badFile.toString()),
                "error: MSM_SEED_FILE: " + badFile + ", line 3, column 33: secret \"tls/key\": \"base64\" is not valid"
                        + " Base64",
                Map.of("MSM_SEED_FILE", dir.resolve("missing.json").toString()),
                "error: MSM_SEED_FILE: " + dir.resolve("missing.json") + ": no such file",
                Map.of("MSM_SEEDS", "[{\"name\": \"a\", \"value\": \"" + canary + "\", \"base64\": \"AA==\"}]"),
                "error: MSM_SEEDS, line 1, column 2: secret \"a\": both \"value\" and \"base64\"; give exactly one",
                Map.of("MSM_SEEDS", "{\"a\": \"" + canary + "\"}"),
                "error: MSM_SEEDS, line 1, column 1: expected a JSON array of secrets",
                Map.of("MSM_SEEDS", "[{\"name\": \"a\", \"value\": " + canary + "}]"),
                "error: MSM_SEEDS, line 1, column 29: secret \"a\": not valid JSON here",
                Map.of(
                        "MSM_SEED_FILE",
                        goodFile.toString(),
                        "MSM_SEEDS",
                        "[{\"name\": \"twice\", \"value\": \"" + canary + "\"}]"),
                "error: the secret \"twice\" is seeded twice: by MSM_SEED_FILE " + goodFile + " and by MSM_SEEDS",
                Map.of(
                        "MSM_SEEDS",
                        "[{\"name\": \"twice\", \"value\": \"x\"}]",
                        "MSM_SEED_SECRETS",
                        "{\"twice\": \"y\"}"),
                "error: the secret \"twice\" is seeded twice: by MSM_SEEDS and by MSM_SEED_SECRETS");
        expected.forEach((env, message) -> {
            err.reset();
            Main.Launch launch = launch(env, "--port", "0");
            assertThat(launch.exitCode()).as(message).isEqualTo(2);
            assertThat(err.toString(StandardCharsets.UTF_8))
                    .as(message)
                    .startsWith(message)
                    .contains("Usage:")
                    .doesNotContain(canary);
        });

        err.reset();
        assertThat(launch(Map.of(), "--port", "0", "--seed-file", badFile.toString())
                        .exitCode())
                .isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .startsWith("error: --seed-file: " + badFile + ", line 3, column 33: secret \"tls/key\"")
                .doesNotContain(canary);
    }

    @Test
    void theDeprecatedVariableStillSeedsAndWarnsOnceWithoutTheValue() throws Exception {
        String canary = "DEPRECATED-CANARY-" + UUID.randomUUID();
        CommandLine commandLine =
                CommandLine.parse(new String[0], Map.of("MSM_SEED_SECRETS", "{\"old\": \"" + canary + "\"}"));
        assertThat(commandLine.config().seeds()).containsExactly(SeedSecret.ofString("old", canary));
        assertThat(commandLine.warnings())
                .singleElement(as(InstanceOfAssertFactories.STRING))
                .contains("MSM_SEED_SECRETS is deprecated", "MSM_SEED_FILE", "MSM_SEEDS")
                .doesNotContain(canary);
        assertThat(CommandLine.parse(new String[0], Map.of("MSM_SEEDS", "[]")).warnings())
                .isEmpty();

        Main.Launch launch = launch(Map.of("MSM_SEED_SECRETS", "{\"old\": \"" + canary + "\"}"), "--port", "0");
        try {
            assertThat(launch.exitCode()).isZero();
        } finally {
            launch.server().stop();
        }
        assertThat(Files.readString(Path.of("target", "test-server.log"), StandardCharsets.UTF_8))
                .contains("WARN io.github.mocksecretsmanager.standalone.Main - MSM_SEED_SECRETS is deprecated")
                .doesNotContain(canary);
    }

    private static SecretValue currentValue(MockSecretsManagerServer server, String name) {
        return server.secret(name).orElseThrow().current().orElseThrow().value();
    }

    @Test
    void theBuilderThatTurnsJmxOffIsNamedRight() {
        assertThat(Main.NO_MBEAN_SERVER).isEqualTo(NoMBeanServer.class.getName());
    }

    /** The fault and clock admin endpoints, also with only the image runtime's modules. */
    private static void assertFaultsAndClockAnswer(URI endpoint) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> added = http.send(
                HttpRequest.newBuilder(endpoint.resolve("/__admin/faults"))
                        .POST(
                                HttpRequest.BodyPublishers.ofString(
                                        "{\"operation\": \"ListSecrets\", \"errorType\": \"ThrottlingException\", \"count\": 1}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(added.statusCode()).isEqualTo(200);
        assertThat(added.body()).contains("\"id\":\"fault-1\"");
        HttpResponse<String> throttled = http.send(
                HttpRequest.newBuilder(endpoint)
                        .header("X-Amz-Target", "secretsmanager.ListSecrets")
                        .POST(HttpRequest.BodyPublishers.ofString("{}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(throttled.statusCode()).isEqualTo(400);
        assertThat(throttled.headers().firstValue("x-amzn-ErrorType")).hasValue("ThrottlingException");
        HttpResponse<String> moved = http.send(
                HttpRequest.newBuilder(endpoint.resolve("/__admin/clock"))
                        .POST(HttpRequest.BodyPublishers.ofString("{\"advance\": \"P8D\"}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(moved.statusCode()).isEqualTo(200);
        assertThat(moved.body()).startsWith("{\"now\":\"");
    }

    /**
     * The real process: ready for HTTP when it prints its endpoint, and stops cleanly on SIGTERM; also
     * with only the modules of the container image's runtime, which has no {@code java.management}.
     */
    @ParameterizedTest
    @ValueSource(
            strings = {"", "--limit-modules=java.base,java.logging,java.naming,java.security.sasl,jdk.unsupported"})
    void aProcessStartsAnswersHealthAndStopsOnSigterm(String jvmOption) throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = new ArrayList<>(List.of(java.toString()));
        if (!jvmOption.isEmpty()) {
            command.add(jvmOption);
        }
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName(), "--port", "0"));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        try {
            BufferedReader lines =
                    new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
            Matcher endpoint = Pattern.compile("listening on (http://\\S+)").matcher("");
            String line;
            StringBuilder output = new StringBuilder();
            while ((line = lines.readLine()) != null && !endpoint.reset(line).find()) {
                output.append(line).append('\n'); // log lines before the endpoint
            }
            assertThat(line).as("the endpoint line, after:%n%s", output).isNotNull();

            HttpResponse<String> health = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create(endpoint.group(1) + "/__admin/health"))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(health.body()).contains("UP");
            assertFaultsAndClockAnswer(URI.create(endpoint.group(1)));

            process.destroy(); // SIGTERM
            assertThat(process.waitFor(10, TimeUnit.SECONDS))
                    .as("exited after SIGTERM")
                    .isTrue();
            assertThat(process.exitValue()).isEqualTo(143);
        } finally {
            process.destroyForcibly();
        }
    }
}
