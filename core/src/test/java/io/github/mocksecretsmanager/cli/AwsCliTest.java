package io.github.mocksecretsmanager.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.mocksecretsmanager.MockSecretsManagerServer;
import io.github.mocksecretsmanager.testsupport.ExternalTool;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Drives the real {@code aws} CLI against the emulator, including the {@code put-secret-value}
 * examples from the CLI's own documentation. Skipped when {@code aws} is not on PATH, unless
 * {@code -Dmsm.requireTools=true}.
 */
class AwsCliTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final String UUID_PATTERN = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
    private static final JsonFactory JSON = JsonFactory.builder().build();

    private static Path aws;
    private static MockSecretsManagerServer server;

    @TempDir
    Path tempDir;

    @BeforeAll
    static void startServer() {
        server = MockSecretsManagerServer.start();
    }

    // Per test, not in @BeforeAll: surefire reports a class aborted in @BeforeAll as "Tests run: 0,
    // Skipped: 0", hiding the skip and its reason; aborting each test shows "Skipped: 4" with it.
    @BeforeEach
    void requireAws() {
        aws = ExternalTool.requireOrSkip("aws");
    }

    @AfterAll
    static void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    /** The CLI documentation's Example 1, word for word. */
    @Test
    void example1StoresANewSecretValue() {
        // The argument of
        //   --secret-string "{\"user\":\"diegor\",\"password\":\"VCsdUbPX!bcu]N\"KEnm||:3Bp3$IBOS\"}"
        // with each \" unescaped. '$IBOS' and '!' are kept literally, as the example means them (a real
        // bash would expand $IBOS to nothing inside double quotes, and an interactive one would try
        // history expansion on !bcu). The escaped quote ends the JSON string early, so the value is
        // not valid JSON; Secrets Manager stores it anyway, and so must the emulator, untouched.
        String secretString = "{\"user\":\"diegor\",\"password\":\"VCsdUbPX!bcu]N\"KEnm||:3Bp3$IBOS\"}";

        Map<String, Object> created = awsJson("create-secret", "--name", "MyTestSecret");
        Map<String, Object> put =
                awsJson("put-secret-value", "--secret-id", "MyTestSecret", "--secret-string", secretString);

        assertThat(put).containsOnlyKeys("ARN", "Name", "VersionId", "VersionStages");
        assertThat((String) put.get("ARN"))
                .matches("arn:aws:secretsmanager:us-east-1:123456789012:secret:MyTestSecret-[A-Za-z0-9]{6}")
                .isEqualTo(created.get("ARN"));
        assertThat(put.get("Name")).isEqualTo("MyTestSecret");
        // The CLI fills in ClientRequestToken itself with a random UUID; that becomes the VersionId.
        assertThat((String) put.get("VersionId")).matches(UUID_PATTERN);
        assertThat(put.get("VersionStages")).isEqualTo(List.of("AWSCURRENT"));

        Map<String, Object> got = awsJson("get-secret-value", "--secret-id", "MyTestSecret");
        assertThat(got.get("SecretString")).isEqualTo(secretString);
        assertThat(got.get("VersionId")).isEqualTo(put.get("VersionId"));
        assertThat(got.get("ARN")).isEqualTo(put.get("ARN"));
        assertThat(got.get("Name")).isEqualTo("MyTestSecret");
        assertThat(got.get("VersionStages")).isEqualTo(List.of("AWSCURRENT"));
        assertThat(got).doesNotContainKey("SecretBinary");
    }

    /** The CLI documentation's Example 2: {@code --secret-string file://mycreds.json}. */
    @Test
    void example2StoresASecretValueFromAJsonFile() throws IOException {
        String contents = "{\n"
                + "  \"engine\": \"mysql\",\n"
                + "  \"username\": \"saanvis\",\n"
                + "  \"password\": \"i29wwX!%9wFV\",\n"
                + "  \"host\": \"my-database-endpoint.us-west-2.rds.amazonaws.com\",\n"
                + "  \"dbname\": \"myDatabase\",\n"
                + "  \"port\": \"3306\"\n"
                + "}\n";
        Files.writeString(tempDir.resolve("mycreds.json"), contents, StandardCharsets.UTF_8);

        awsJson("create-secret", "--name", "MyTestSecret2");
        Map<String, Object> put = awsJsonIn(
                tempDir, "put-secret-value", "--secret-id", "MyTestSecret2", "--secret-string", "file://mycreds.json");

        assertThat((String) put.get("ARN"))
                .matches("arn:aws:secretsmanager:us-east-1:123456789012:secret:MyTestSecret2-[A-Za-z0-9]{6}");
        assertThat(put.get("Name")).isEqualTo("MyTestSecret2");
        assertThat((String) put.get("VersionId")).matches(UUID_PATTERN);
        assertThat(put.get("VersionStages")).isEqualTo(List.of("AWSCURRENT"));

        Map<String, Object> got = awsJson("get-secret-value", "--secret-id", "MyTestSecret2");
        assertThat(got.get("SecretString")).isEqualTo(contents);
        assertThat(got.get("VersionId")).isEqualTo(put.get("VersionId"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void describeAndListShowTheVersionsAndTheirStages() {
        String name = "AwsCliVersions-" + UUID.randomUUID().toString().substring(0, 8);
        awsJson("create-secret", "--name", name);
        String first = (String) awsJson("put-secret-value", "--secret-id", name, "--secret-string", "one")
                .get("VersionId");
        String second = (String) awsJson("put-secret-value", "--secret-id", name, "--secret-string", "two")
                .get("VersionId");
        assertThat(first).isNotEqualTo(second);

        Map<String, Object> described = awsJson("describe-secret", "--secret-id", name);
        assertThat(described.get("Name")).isEqualTo(name);
        assertThat((Map<String, Object>) described.get("VersionIdsToStages"))
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        first, List.of("AWSPREVIOUS"),
                        second, List.of("AWSCURRENT")));

        assertThat(versionStages(awsJson("list-secret-version-ids", "--secret-id", name)))
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        first, List.of("AWSPREVIOUS"),
                        second, List.of("AWSCURRENT")));

        String third = (String) awsJson("put-secret-value", "--secret-id", name, "--secret-string", "three")
                .get("VersionId");

        // The first version has lost its last label: it is deprecated, so listed only on request.
        assertThat(versionStages(awsJson("list-secret-version-ids", "--secret-id", name)))
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        second, List.of("AWSPREVIOUS"),
                        third, List.of("AWSCURRENT")));
        Map<String, Object> all = awsJson("list-secret-version-ids", "--secret-id", name, "--include-deprecated");
        assertThat(versionStages(all)).containsOnlyKeys(first, second, third);
        assertThat(versionStages(all))
                .containsEntry(second, List.of("AWSPREVIOUS"))
                .containsEntry(third, List.of("AWSCURRENT"));
        assertThat((List<?>) versionStages(all).get(first)).isNullOrEmpty();
        assertThat(all.get("Name")).isEqualTo(name);
    }

    @Test
    void getSecretValueOfAnUnknownSecretFails() {
        String name = "AwsCliMissing-" + UUID.randomUUID().toString().substring(0, 8);

        ExternalTool.Result result = aws(null, "get-secret-value", "--secret-id", name);

        assertThat(result.exitCode()).as(result.describe()).isNotZero();
        assertThat(result.stderr())
                .as(result.describe())
                .contains("ResourceNotFoundException")
                .contains("Secrets Manager can't find the specified secret.");
        assertThat(result.stdout()).as(result.describe()).isBlank();
    }

    /** VersionId to VersionStages (null when absent) of a ListSecretVersionIds output. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> versionStages(Map<String, Object> listOutput) {
        List<Map<String, Object>> versions = (List<Map<String, Object>>) listOutput.get("Versions");
        Map<String, Object> stages = new HashMap<>();
        for (Map<String, Object> version : versions) {
            assertThat(stages).doesNotContainKey((String) version.get("VersionId"));
            stages.put((String) version.get("VersionId"), version.get("VersionStages"));
        }
        return stages;
    }

    private Map<String, Object> awsJson(String... args) {
        return awsJsonIn(null, args);
    }

    /** Runs the CLI, asserts it succeeded, and parses its JSON output. */
    private Map<String, Object> awsJsonIn(Path workingDirectory, String... args) {
        ExternalTool.Result result = aws(workingDirectory, args);
        assertThat(result.exitCode())
                .as("aws %s\n%s", String.join(" ", args), result.describe())
                .isZero();
        return parseObject(result.stdout());
    }

    private ExternalTool.Result aws(Path workingDirectory, String... args) {
        List<String> command = new ArrayList<>(List.of(aws.toString(), "secretsmanager"));
        command.addAll(List.of(args));
        command.addAll(List.of("--endpoint-url", server.endpoint().toString(), "--output", "json"));
        return ExternalTool.run(command, cliEnvironment(), workingDirectory, TIMEOUT);
    }

    /**
     * The inherited environment without any AWS_ variable (a developer's profile, session token,
     * endpoint or CA bundle), plus fixed credentials and files that do not exist.
     */
    private Map<String, String> cliEnvironment() {
        Map<String, String> env = new HashMap<>();
        for (String name : System.getenv().keySet()) {
            if (name.startsWith("AWS_")) {
                env.put(name, null); // null: remove it from the CLI's environment
            }
        }
        env.put("AWS_ACCESS_KEY_ID", "test");
        env.put("AWS_SECRET_ACCESS_KEY", "test");
        env.put("AWS_DEFAULT_REGION", server.region());
        env.put("AWS_PAGER", "");
        env.put("AWS_CONFIG_FILE", tempDir.resolve("no-such-aws-config").toString());
        env.put(
                "AWS_SHARED_CREDENTIALS_FILE",
                tempDir.resolve("no-such-aws-credentials").toString());
        return env;
    }

    // A few lines of jackson-core instead of a new dependency: objects become maps, arrays lists.

    @SuppressWarnings("unchecked")
    private static Map<String, Object> parseObject(String json) {
        try (JsonParser parser = JSON.createParser(json)) {
            parser.nextToken();
            Object value = readValue(parser);
            assertThat(parser.nextToken()).as("trailing content in %s", json).isNull();
            assertThat(value).as("CLI output %s", json).isInstanceOf(Map.class);
            return (Map<String, Object>) value;
        } catch (IOException e) {
            throw new UncheckedIOException("Not JSON: " + json, e);
        }
    }

    private static Object readValue(JsonParser parser) throws IOException {
        JsonToken token = parser.currentToken();
        switch (token) {
            case START_OBJECT: {
                Map<String, Object> object = new LinkedHashMap<>();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String field = parser.currentName();
                    parser.nextToken();
                    object.put(field, readValue(parser));
                }
                return object;
            }
            case START_ARRAY: {
                List<Object> array = new ArrayList<>();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    array.add(readValue(parser));
                }
                return array;
            }
            case VALUE_STRING:
                return parser.getText();
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return parser.getNumberValue();
            case VALUE_TRUE:
            case VALUE_FALSE:
                return parser.getBooleanValue();
            case VALUE_NULL:
                return null;
            default:
                throw new IOException("Unexpected " + token + " at " + parser.currentLocation());
        }
    }
}
