package io.github.mocksecretsmanager.compatibility;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mocksecretsmanager.MockSecretsManagerServer;
import io.github.mocksecretsmanager.testsupport.ClientProcesses;
import io.github.mocksecretsmanager.testsupport.ExternalTool;
import io.github.mocksecretsmanager.testsupport.Json;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * boto3 (Python) against the emulator: {@code src/test/resources/clients/boto3_put_get.py} runs the
 * boto3 reference's {@code put_secret_value} example and reads the secret back. Skipped when
 * {@code python3} or the boto3 package is missing, unless {@code -Dmsm.requireTools=true}.
 */
class Boto3Test {

    private static final Duration TIMEOUT = Duration.ofSeconds(120);
    private static final String TOKEN = "EXAMPLE2-90ab-cdef-fedc-ba987EXAMPLE";
    private static final String VALUE = "{\"username\":\"david\",\"password\":\"EXAMPLE-PASSWORD\"}";

    @TempDir
    Path tempDir;

    private MockSecretsManagerServer server;
    private Path python;

    @BeforeEach
    void setUp() {
        python = ExternalTool.requireOrSkip("python3");
        ExternalTool.Result probe =
                ExternalTool.run(List.of(python.toString(), "-c", "import boto3"), Map.of(), Duration.ofSeconds(60));
        if (!probe.succeeded()) {
            ExternalTool.unavailable("The Python package boto3 is not installed for " + python
                    + " (pip install boto3).\n" + probe.describe());
        }
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
    void referenceExamplePutsAndGets() {
        Path script = ClientProcesses.copyResource("clients/boto3_put_get.py", tempDir.resolve("boto3_put_get.py"));

        ExternalTool.Result result = ExternalTool.run(
                List.of(python.toString(), script.toString(), server.endpoint().toString(), server.region()),
                ClientProcesses.isolatedAwsEnvironment(tempDir, server.region()),
                TIMEOUT);

        assertThat(result.succeeded()).as(result.describe()).isTrue();
        Map<String, Object> output = Json.object(result.stdout());
        ClientProcesses.recordTestedVersion(
                "boto3", output.get("boto3") + " (botocore " + output.get("botocore") + ")");

        String arn = (String) ((Map<String, Object>) output.get("create")).get("ARN");
        assertThat(arn)
                .matches("arn:aws:secretsmanager:us-east-1:123456789012:secret:MyTestDatabaseSecret-[A-Za-z0-9]{6}");

        Map<String, Object> expectedPut = Map.of(
                "ARN",
                arn,
                "Name",
                "MyTestDatabaseSecret",
                "VersionId",
                TOKEN,
                "VersionStages",
                List.of("AWSCURRENT"),
                "HTTPStatusCode",
                200L);
        assertThat(output.get("put")).isEqualTo(expectedPut);
        assertThat(output.get("retry")).as("the same token and value again").isEqualTo(expectedPut);

        Map<String, Object> got = (Map<String, Object>) output.get("get");
        assertThat(got)
                .containsOnlyKeys(
                        "ARN", "Name", "VersionId", "SecretString", "VersionStages", "CreatedDate", "HTTPStatusCode")
                .containsEntry("ARN", arn)
                .containsEntry("VersionId", TOKEN)
                .containsEntry("SecretString", VALUE)
                .containsEntry("VersionStages", List.of("AWSCURRENT"));
        // botocore turned the epoch-seconds number into a datetime, printed with its UTC offset.
        assertThat((String) got.get("CreatedDate")).matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d.*\\+00:00");

        assertThat(output.get("missing"))
                .isEqualTo(Map.of(
                        "raised",
                        true,
                        "Code",
                        "ResourceNotFoundException",
                        "Message",
                        "Secrets Manager can't find the specified secret.",
                        "HTTPStatusCode",
                        400L,
                        "modeled",
                        true));

        assertThat(server.secret("MyTestDatabaseSecret").orElseThrow().versions())
                .singleElement()
                .satisfies(version -> assertThat(version.versionId()).isEqualTo(TOKEN));
    }
}
