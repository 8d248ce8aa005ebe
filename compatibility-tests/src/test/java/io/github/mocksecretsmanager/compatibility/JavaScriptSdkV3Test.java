package io.github.mocksecretsmanager.compatibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.github.mocksecretsmanager.MockSecretsManagerServer;
import io.github.mocksecretsmanager.testsupport.ClientProcesses;
import io.github.mocksecretsmanager.testsupport.ExternalTool;
import io.github.mocksecretsmanager.testsupport.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The AWS SDK for JavaScript v3 ({@code @aws-sdk/client-secrets-manager}, the exact version in the
 * pom's {@code msm.jsClientVersion}) against the emulator. The package is installed from the npm
 * registry into {@code target/js} on first use; {@code src/test/resources/clients/js_put_get.mjs}
 * drives it. Skipped when node or npm is missing or the install fails, unless
 * {@code -Dmsm.requireTools=true}, which turns each of those into a failure.
 */
class JavaScriptSdkV3Test {

    private static final String PACKAGE = "@aws-sdk/client-secrets-manager";
    private static final Duration INSTALL_TIMEOUT = Duration.ofMinutes(5);
    private static final Duration RUN_TIMEOUT = Duration.ofSeconds(120);
    private static final String TOKEN = "EXAMPLE2-90ab-cdef-fedc-ba987EXAMPLE";
    private static final String UUID_PATTERN = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    @TempDir
    Path tempDir;

    private MockSecretsManagerServer server;
    private Path node;
    private Path installDirectory;

    @BeforeEach
    void setUp() {
        node = ExternalTool.requireOrSkip("node");
        Path npm = ExternalTool.requireOrSkip("npm");
        installDirectory = Path.of(System.getProperty("msm.jsInstallDirectory", "target/js"));
        install(npm, requiredProperty("msm.jsClientVersion"));
        server = MockSecretsManagerServer.start();
    }

    @AfterEach
    void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void putAndGetRoundTrip() {
        Path script =
                ClientProcesses.copyResource("clients/js_put_get.mjs", installDirectory.resolve("js_put_get.mjs"));

        ExternalTool.Result result = ExternalTool.run(
                List.of(node.toString(), script.toString(), server.endpoint().toString(), server.region()),
                ClientProcesses.isolatedAwsEnvironment(tempDir, server.region()),
                installDirectory,
                RUN_TIMEOUT);

        assertThat(result.succeeded()).as(result.describe()).isTrue();
        Map<String, Object> output = Json.object(result.stdout());
        assertThat(output.get("clientVersion")).isEqualTo(System.getProperty("msm.jsClientVersion"));
        ClientProcesses.recordTestedVersion(
                "AWS SDK for JavaScript v3",
                PACKAGE + " " + output.get("clientVersion") + " on Node.js " + output.get("node"));

        String arn = (String) ((Map<String, Object>) output.get("create")).get("ARN");
        assertThat(arn)
                .matches("arn:aws:secretsmanager:us-east-1:123456789012:secret:MyTestDatabaseSecret-[A-Za-z0-9]{6}");
        assertThat(output.get("put"))
                .isEqualTo(Map.of(
                        "ARN",
                        arn,
                        "Name",
                        "MyTestDatabaseSecret",
                        "VersionId",
                        TOKEN,
                        "VersionStages",
                        List.of("AWSCURRENT"),
                        "HTTPStatusCode",
                        200L));

        // Without a token the SDK generates one (a UUID), which becomes the version id.
        Map<String, Object> generated = (Map<String, Object>) output.get("generated");
        assertThat((String) generated.get("VersionId")).matches(UUID_PATTERN);
        assertThat(generated.get("VersionStages")).isEqualTo(List.of("AWSCURRENT"));

        Map<String, Object> got = (Map<String, Object>) output.get("get");
        assertThat(got)
                .containsOnlyKeys(
                        "ARN", "Name", "VersionId", "SecretString", "VersionStages", "CreatedDate", "HTTPStatusCode")
                .containsEntry("VersionId", TOKEN)
                .containsEntry("SecretString", "{\"username\":\"david\",\"password\":\"EXAMPLE-PASSWORD\"}")
                .containsEntry("VersionStages", List.of("AWSPREVIOUS"));
        assertThat((String) got.get("CreatedDate")).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z");

        assertThat(output.get("missing"))
                .isEqualTo(Map.of(
                        "raised",
                        true,
                        "name",
                        "ResourceNotFoundException",
                        "message",
                        "Secrets Manager can't find the specified secret.",
                        "HTTPStatusCode",
                        400L,
                        "modeled",
                        true));
    }

    /** Installs the pinned package version into {@link #installDirectory} unless it is already there. */
    private void install(Path npm, String version) {
        if (version.equals(installedVersion())) {
            return;
        }
        ExternalTool.Result result = ExternalTool.run(
                List.of(
                        npm.toString(),
                        "install",
                        "--no-audit",
                        "--no-fund",
                        "--prefix",
                        installDirectory.toAbsolutePath().toString(),
                        PACKAGE + "@" + version),
                Map.of(),
                INSTALL_TIMEOUT);
        if (!result.succeeded()) {
            ExternalTool.unavailable("npm could not install " + PACKAGE + "@" + version
                    + " (is the npm registry reachable?)\n" + result.describe());
        }
        assertThat(installedVersion()).as("version installed by npm").isEqualTo(version);
    }

    private String installedVersion() {
        Path manifest = installDirectory.resolve("node_modules/" + PACKAGE + "/package.json");
        if (!Files.isRegularFile(manifest)) {
            return null;
        }
        try {
            return (String) Json.object(Files.readString(manifest, StandardCharsets.UTF_8))
                    .get("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String requiredProperty(String name) {
        String value = System.getProperty(name);
        if (value == null || value.isBlank()) {
            return fail("System property " + name + " is not set; run this test through Maven (the pom sets it)");
        }
        return value;
    }
}
