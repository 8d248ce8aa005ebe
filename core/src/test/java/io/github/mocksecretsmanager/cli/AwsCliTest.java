package io.github.mocksecretsmanager.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.mocksecretsmanager.MockSecretsManagerServer;
import io.github.mocksecretsmanager.rotation.Rotation;
import io.github.mocksecretsmanager.rotation.RotationState;
import io.github.mocksecretsmanager.rotation.RotationStep;
import io.github.mocksecretsmanager.testsupport.ExternalTool;
import io.github.mocksecretsmanager.testsupport.SdkClients;
import io.github.mocksecretsmanager.testsupport.TemplateRotationFunction;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

/**
 * Drives the real {@code aws} CLI (v1) against the emulator: the {@code put-secret-value} examples
 * from the CLI's own documentation, and the other operations scripts run, each checked through the
 * CLI's JSON output, and service errors through its exit code and stderr. Skipped when {@code aws}
 * is not on PATH, unless {@code -Dmsm.requireTools=true}.
 */
class AwsCliTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final String UUID_PATTERN = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
    private static final JsonFactory JSON = JsonFactory.builder().build();
    /** AWS CLI v1's exit code for a failed command, including an error answer from the service. */
    private static final int SERVICE_ERROR_EXIT_CODE = 255;

    private static Path aws;
    private static MockSecretsManagerServer server;

    @TempDir
    Path tempDir;

    @BeforeAll
    static void startServer() {
        server = MockSecretsManagerServer.start();
    }

    // Per test, not in @BeforeAll: surefire reports a class aborted in @BeforeAll as "Tests run: 0,
    // Skipped: 0", hiding the skip and its reason; aborting each test shows "Skipped: <count>" with it.
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

    @Test
    @SuppressWarnings("unchecked")
    void createSecretStoresAStringWithItsDescriptionTagsAndToken() {
        String name = uniqueName("AwsCliCreate");
        String token = UUID.randomUUID().toString();

        Map<String, Object> created = awsJson(
                "create-secret",
                "--name",
                name,
                "--secret-string",
                "created-value",
                "--description",
                "made by the CLI",
                "--tags",
                "Key=team,Value=payments",
                "--client-request-token",
                token);

        assertThat(created).containsOnlyKeys("ARN", "Name", "VersionId");
        assertThat((String) created.get("ARN")).matches(arnPattern(name));
        assertThat(created.get("Name")).isEqualTo(name);
        assertThat(created.get("VersionId")).isEqualTo(token);

        Map<String, Object> got = awsJson("get-secret-value", "--secret-id", name);
        assertThat(got.get("SecretString")).isEqualTo("created-value");
        assertThat(got.get("VersionId")).isEqualTo(token);
        assertThat(got.get("VersionStages")).isEqualTo(List.of("AWSCURRENT"));
        assertThat(got).doesNotContainKey("SecretBinary");

        Map<String, Object> described = awsJson("describe-secret", "--secret-id", name);
        assertThat(described.get("Description")).isEqualTo("made by the CLI");
        assertThat(described.get("Tags")).isEqualTo(List.of(Map.of("Key", "team", "Value", "payments")));
        assertThat((Map<String, Object>) described.get("VersionIdsToStages"))
                .containsExactlyEntriesOf(Map.of(token, List.of("AWSCURRENT")));
    }

    @Test
    void createSecretStoresTheBytesOfAFilebFile() throws IOException {
        String name = uniqueName("AwsCliBinary");
        // Not UTF-8: fileb:// must send these bytes as they are.
        byte[] bytes = {0x00, 0x01, (byte) 0xff, (byte) 0xfe, (byte) 0x80, 'b', 'i', 'n', '\n'};
        Files.write(tempDir.resolve("secret.bin"), bytes);

        Map<String, Object> created =
                awsJsonIn(tempDir, "create-secret", "--name", name, "--secret-binary", "fileb://secret.bin");

        Map<String, Object> got = awsJson("get-secret-value", "--secret-id", name);
        // The CLI prints a blob as base64.
        assertThat(Base64.getDecoder().decode((String) got.get("SecretBinary"))).isEqualTo(bytes);
        assertThat(got).doesNotContainKey("SecretString");
        assertThat(got.get("VersionId")).isEqualTo(created.get("VersionId"));
        assertThat(got.get("VersionStages")).isEqualTo(List.of("AWSCURRENT"));
    }

    @Test
    void getSecretValueReadsAVersionByStageOrById() {
        String name = uniqueName("AwsCliGet");
        String first = versionId(awsJson("create-secret", "--name", name, "--secret-string", "first"));
        String second = versionId(awsJson("put-secret-value", "--secret-id", name, "--secret-string", "second"));

        Map<String, Object> previous =
                awsJson("get-secret-value", "--secret-id", name, "--version-stage", "AWSPREVIOUS");
        assertThat(previous.get("SecretString")).isEqualTo("first");
        assertThat(previous.get("VersionId")).isEqualTo(first);
        assertThat(previous.get("VersionStages")).isEqualTo(List.of("AWSPREVIOUS"));

        Map<String, Object> byId = awsJson("get-secret-value", "--secret-id", name, "--version-id", second);
        assertThat(byId.get("SecretString")).isEqualTo("second");
        assertThat(byId.get("VersionStages")).isEqualTo(List.of("AWSCURRENT"));

        Map<String, Object> byBoth = awsJson(
                "get-secret-value", "--secret-id", name, "--version-id", first, "--version-stage", "AWSPREVIOUS");
        assertThat(byBoth.get("SecretString")).isEqualTo("first");

        ExternalTool.Result unknownStage = awsFails(
                "ResourceNotFoundException", "get-secret-value", "--secret-id", name, "--version-stage", "NOPE");
        assertThat(unknownStage.stderr()).as(unknownStage.describe()).contains("GetSecretValue operation");
    }

    @Test
    @SuppressWarnings("unchecked")
    void updateSecretVersionStageMovesAwsCurrentAndAwsPreviousFollows() {
        String name = uniqueName("AwsCliStage");
        String original = versionId(awsJson("create-secret", "--name", name, "--secret-string", "original"));
        // Staged beside the current version, as a rotation function's createSecret step does.
        String staged = versionId(awsJson(
                "put-secret-value", "--secret-id", name, "--secret-string", "staged", "--version-stages", "STAGED"));
        assertThat(awsJson("get-secret-value", "--secret-id", name).get("SecretString"))
                .isEqualTo("original");

        Map<String, Object> moved = awsJson(
                "update-secret-version-stage",
                "--secret-id",
                name,
                "--version-stage",
                "AWSCURRENT",
                "--move-to-version-id",
                staged,
                "--remove-from-version-id",
                original);

        assertThat(moved).containsOnlyKeys("ARN", "Name");
        assertThat(moved.get("Name")).isEqualTo(name);
        Map<String, Object> stages = (Map<String, Object>)
                awsJson("describe-secret", "--secret-id", name).get("VersionIdsToStages");
        assertThat(stages).containsOnlyKeys(original, staged);
        assertThat((List<String>) stages.get(staged)).containsExactlyInAnyOrder("STAGED", "AWSCURRENT");
        assertThat(stages.get(original)).isEqualTo(List.of("AWSPREVIOUS"));

        assertThat(awsJson("get-secret-value", "--secret-id", name).get("SecretString"))
                .isEqualTo("staged");
        assertThat(awsJson("get-secret-value", "--secret-id", name, "--version-stage", "AWSPREVIOUS")
                        .get("SecretString"))
                .isEqualTo("original");
    }

    @Test
    @SuppressWarnings("unchecked")
    void updateSecretChangesTheDescriptionAloneOrMakesANewVersion() {
        String name = uniqueName("AwsCliUpdate");
        String first = versionId(awsJson(
                "create-secret", "--name", name, "--secret-string", "first", "--description", "old description"));

        Map<String, Object> described =
                awsJson("update-secret", "--secret-id", name, "--description", "new description");
        // No value given: no new version, so no VersionId in the answer.
        assertThat(described).containsOnlyKeys("ARN", "Name");
        Map<String, Object> afterDescription = awsJson("describe-secret", "--secret-id", name);
        assertThat(afterDescription.get("Description")).isEqualTo("new description");
        assertThat((Map<String, Object>) afterDescription.get("VersionIdsToStages"))
                .containsOnlyKeys(first);

        Map<String, Object> revalued = awsJson("update-secret", "--secret-id", name, "--secret-string", "second");
        String second = versionId(revalued);
        assertThat(second).isNotEqualTo(first);
        Map<String, Object> got = awsJson("get-secret-value", "--secret-id", name);
        assertThat(got.get("SecretString")).isEqualTo("second");
        assertThat(got.get("VersionId")).isEqualTo(second);
        assertThat((Map<String, Object>)
                        awsJson("describe-secret", "--secret-id", name).get("VersionIdsToStages"))
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        first, List.of("AWSPREVIOUS"),
                        second, List.of("AWSCURRENT")));
    }

    @Test
    void tagResourceAddsAndOverwritesTagsAndUntagResourceRemovesThem() {
        String name = uniqueName("AwsCliTags");
        awsJson("create-secret", "--name", name, "--tags", "Key=env,Value=dev");

        // Both print nothing on success.
        assertThat(awsSucceeds(
                                "tag-resource",
                                "--secret-id",
                                name,
                                "--tags",
                                "Key=team,Value=core",
                                "Key=env,Value=prod")
                        .stdout())
                .isBlank();
        assertThat(tags(name)).containsExactlyInAnyOrderEntriesOf(Map.of("env", "prod", "team", "core"));

        assertThat(awsSucceeds("untag-resource", "--secret-id", name, "--tag-keys", "env", "no-such-key")
                        .stdout())
                .isBlank();
        assertThat(tags(name)).containsExactlyEntriesOf(Map.of("team", "core"));
    }

    @Test
    void listSecretsSelectsByItsFilters() {
        String prefix = uniqueName("AwsCliList") + "/";
        awsJson(
                "create-secret",
                "--name",
                prefix + "app-db",
                "--description",
                "Database password",
                "--tags",
                "Key=team,Value=payments");
        awsJson(
                "create-secret",
                "--name",
                prefix + "app-api",
                "--description",
                "API key",
                "--tags",
                "Key=team,Value=search");
        awsJson("create-secret", "--name", prefix + "other", "--secret-string", "x");

        // Shorthand syntax, as in the CLI documentation.
        assertThat(listedNames("--filters", "Key=name,Values=" + prefix + "app"))
                .containsExactlyInAnyOrder(prefix + "app-db", prefix + "app-api");
        // Filters are ANDed; description is matched ignoring case.
        assertThat(listedNames("--filters", "Key=name,Values=" + prefix, "Key=description,Values=database"))
                .containsExactly(prefix + "app-db");
        // The values of one filter are ORed.
        assertThat(listedNames(
                        "--filters",
                        "[{\"Key\":\"name\",\"Values\":[\"" + prefix + "\"]},"
                                + "{\"Key\":\"tag-value\",\"Values\":[\"payments\",\"search\"]}]"))
                .containsExactlyInAnyOrder(prefix + "app-db", prefix + "app-api");
        // A leading ! negates a value.
        assertThat(listedNames("--filters", "Key=name,Values=" + prefix + "app", "Key=tag-value,Values=!payments"))
                .containsExactly(prefix + "app-api");
        assertThat(listedNames("--filters", "Key=name,Values=" + prefix, "--sort-by", "name", "--sort-order", "desc"))
                .containsExactly(prefix + "other", prefix + "app-db", prefix + "app-api");
    }

    @Test
    void getRandomPasswordFollowsItsOptions() {
        String password = (String) awsJson(
                        "get-random-password",
                        "--password-length",
                        "40",
                        "--exclude-punctuation",
                        "--exclude-characters",
                        "abcXYZ012",
                        "--require-each-included-type")
                .get("RandomPassword");

        assertThat(password).hasSize(40).matches("[A-Za-z0-9]+").doesNotContainPattern("[abcXYZ012]");
        assertThat(password).containsPattern("[a-z]").containsPattern("[A-Z]").containsPattern("[0-9]");

        String lettersOnly = (String) awsJson(
                        "get-random-password",
                        "--password-length",
                        "12",
                        "--exclude-numbers",
                        "--exclude-punctuation",
                        "--exclude-uppercase")
                .get("RandomPassword");
        assertThat(lettersOnly).matches("[a-z]{12}");
    }

    @Test
    @SuppressWarnings("unchecked")
    void rotateSecretRunsTheRegisteredRotationFunction() {
        String name = uniqueName("AwsCliRotate");
        String lambdaArn = "arn:aws:lambda:us-east-1:123456789012:function:rotate-" + name;
        String current = versionId(awsJson("create-secret", "--name", name, "--secret-string", "before-rotation"));
        try (SecretsManagerClient client = SdkClients.syncClient(server)) {
            server.registerRotationFunction(lambdaArn, new TemplateRotationFunction(client));

            Map<String, Object> rotated = awsJson(
                    "rotate-secret",
                    "--secret-id",
                    name,
                    "--rotation-lambda-arn",
                    lambdaArn,
                    "--rotation-rules",
                    "AutomaticallyAfterDays=7");
            Rotation rotation = server.awaitRotation(name);

            // The CLI generates the ClientRequestToken; it is the new version's id.
            String rotatedTo = versionId(rotated);
            assertThat(rotatedTo).matches(UUID_PATTERN).isNotEqualTo(current);
            assertThat(rotation.state()).isEqualTo(RotationState.SUCCEEDED);
            Map<String, Object> described = awsJson("describe-secret", "--secret-id", name);
            assertThat(described.get("RotationEnabled")).isEqualTo(true);
            assertThat(described.get("RotationLambdaARN")).isEqualTo(lambdaArn);
            assertThat(described.get("RotationRules")).isEqualTo(Map.of("AutomaticallyAfterDays", 7));
            assertThat(epochSeconds(described.get("NextRotationDate")))
                    .isGreaterThan(epochSeconds(described.get("LastRotatedDate")));
            assertThat((Map<String, Object>) described.get("VersionIdsToStages"))
                    .containsExactlyInAnyOrderEntriesOf(Map.of(
                            current, List.of("AWSPREVIOUS"),
                            rotatedTo, List.of("AWSCURRENT")));
            assertThat(awsJson("get-secret-value", "--secret-id", name).get("SecretString"))
                    .isNotEqualTo("before-rotation");
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void cancelRotateSecretDisablesRotationAndNamesTheUnfinishedVersion() {
        String name = uniqueName("AwsCliCancel");
        String lambdaArn = "arn:aws:lambda:us-east-1:123456789012:function:rotate-" + name;
        awsJson("create-secret", "--name", name, "--secret-string", "value");
        server.registerRotationFunction(lambdaArn, event -> {});
        server.pauseRotation(name, RotationStep.CREATE_SECRET);
        String pending = versionId(awsJson("rotate-secret", "--secret-id", name, "--rotation-lambda-arn", lambdaArn));
        assertThat(server.awaitRotation(name).state()).isEqualTo(RotationState.PAUSED);

        Map<String, Object> cancelled = awsJson("cancel-rotate-secret", "--secret-id", name);

        assertThat(cancelled.get("Name")).isEqualTo(name);
        assertThat(cancelled.get("VersionId")).isEqualTo(pending);
        Map<String, Object> described = awsJson("describe-secret", "--secret-id", name);
        assertThat(described.get("RotationEnabled")).isEqualTo(false);
        assertThat(described.get("RotationLambdaARN")).isEqualTo(lambdaArn);
        // As AWS documents, cancelling leaves AWSPENDING where it was, for the caller to clean up.
        assertThat(((Map<String, Object>) described.get("VersionIdsToStages")).get(pending))
                .isEqualTo(List.of("AWSPENDING"));
    }

    @Test
    void resourcePolicyIsStoredReturnedAndDeleted() {
        String name = uniqueName("AwsCliPolicy");
        String arn = (String) awsJson("create-secret", "--name", name).get("ARN");
        String policy = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
                + "\"Principal\":{\"AWS\":\"arn:aws:iam::123456789012:root\"},"
                + "\"Action\":\"secretsmanager:GetSecretValue\",\"Resource\":\"*\"}]}";

        Map<String, Object> put = awsJson(
                "put-resource-policy", "--secret-id", name, "--resource-policy", policy, "--block-public-policy");
        assertThat(put).isEqualTo(Map.of("ARN", arn, "Name", name));

        Map<String, Object> got = awsJson("get-resource-policy", "--secret-id", name);
        assertThat(got).isEqualTo(Map.of("ARN", arn, "Name", name, "ResourcePolicy", policy));

        assertThat(awsJson("delete-resource-policy", "--secret-id", name)).isEqualTo(Map.of("ARN", arn, "Name", name));
        assertThat(awsJson("get-resource-policy", "--secret-id", name)).doesNotContainKey("ResourcePolicy");

        awsFails(
                "MalformedPolicyDocumentException",
                "put-resource-policy",
                "--secret-id",
                name,
                "--resource-policy",
                "not a policy");
    }

    /**
     * The CLI reference's example of validate-resource-policy ({@code --resource-policy file://mypolicy.json},
     * answering {@code PolicyValidationPassed: true} and no errors), then a public policy refused by
     * {@code --block-public-policy} and reported by validate-resource-policy.
     */
    @Test
    void validateResourcePolicyAndBlockPublicPolicy() throws IOException {
        String name = uniqueName("AwsCliValidate");
        awsJson("create-secret", "--name", name);
        String policy = "{\n\"Version\":\"2012-10-17\",\n\"Statement\":[{\n\"Effect\":\"Allow\",\n"
                + "\"Principal\":{\n\"AWS\":\"arn:aws:iam::123456789012:root\"\n},\n"
                + "\"Action\":\"secretsmanager:GetSecretValue\",\n\"Resource\":\"*\"\n}]\n}";
        Files.writeString(tempDir.resolve("mypolicy.json"), policy, StandardCharsets.UTF_8);

        assertThat(awsJsonIn(tempDir, "validate-resource-policy", "--resource-policy", "file://mypolicy.json"))
                .isEqualTo(Map.of("PolicyValidationPassed", true, "ValidationErrors", List.of()));

        String everyone = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":\"*\","
                + "\"Action\":\"secretsmanager:GetSecretValue\",\"Resource\":\"*\"}]}";
        awsFails(
                "PublicPolicyException",
                "put-resource-policy",
                "--secret-id",
                name,
                "--resource-policy",
                everyone,
                "--block-public-policy");
        Map<String, Object> validated =
                awsJson("validate-resource-policy", "--secret-id", name, "--resource-policy", everyone);
        assertThat(validated.get("PolicyValidationPassed")).isEqualTo(false);
        assertThat(validated.get("ValidationErrors")).asList().hasSize(1);
    }

    @Test
    @SuppressWarnings("unchecked")
    void batchGetSecretValueReadsSeveralSecretsAndReportsTheMissingOne() {
        String prefix = uniqueName("AwsCliBatch") + "/";
        String missing = prefix + "missing";
        awsJson("create-secret", "--name", prefix + "one", "--secret-string", "value-one");
        awsJson("create-secret", "--name", prefix + "two", "--secret-string", "value-two");

        ExternalTool.Result result =
                aws(null, "batch-get-secret-value", "--secret-id-list", prefix + "one", prefix + "two", missing);
        assumeFalse(
                result.exitCode() == 2 && result.stderr().contains("Invalid choice"),
                "This aws CLI does not know batch-get-secret-value (added to the CLI after BatchGetSecretValue"
                        + " was released in 2023); assuming an older CLI and skipping.\n" + result.describe());
        assertThat(result.exitCode()).as(result.describe()).isZero();
        Map<String, Object> batch = parseObject(result.stdout());

        Map<String, Object> valuesByName = new HashMap<>();
        for (Map<String, Object> value : (List<Map<String, Object>>) batch.get("SecretValues")) {
            valuesByName.put((String) value.get("Name"), value.get("SecretString"));
        }
        assertThat(valuesByName)
                .containsExactlyInAnyOrderEntriesOf(Map.of(prefix + "one", "value-one", prefix + "two", "value-two"));
        List<Map<String, Object>> errors = (List<Map<String, Object>>) batch.get("Errors");
        assertThat(errors).hasSize(1);
        assertThat(errors.get(0))
                .containsEntry("SecretId", missing)
                .containsEntry("ErrorCode", "ResourceNotFoundException");

        Map<String, Object> filtered =
                awsJson("batch-get-secret-value", "--filters", "Key=name,Values=" + prefix + "tw");
        List<Map<String, Object>> filteredValues = (List<Map<String, Object>>) filtered.get("SecretValues");
        assertThat(filteredValues).hasSize(1);
        assertThat(filteredValues.get(0))
                .containsEntry("Name", prefix + "two")
                .containsEntry("SecretString", "value-two");
    }

    @Test
    void deleteSecretWithARecoveryWindowHidesItUntilRestoreSecret() {
        String name = uniqueName("AwsCliDelete");
        String arn = (String) awsJson("create-secret", "--name", name, "--secret-string", "keep-me")
                .get("ARN");
        double before = Instant.now().getEpochSecond();

        Map<String, Object> deleted = awsJson("delete-secret", "--secret-id", name, "--recovery-window-in-days", "7");

        assertThat(deleted).containsOnlyKeys("ARN", "Name", "DeletionDate");
        assertThat(deleted.get("ARN")).isEqualTo(arn);
        double sevenDays = Duration.ofDays(7).toSeconds();
        assertThat(epochSeconds(deleted.get("DeletionDate")))
                .isBetween(before + sevenDays - 60, Instant.now().getEpochSecond() + sevenDays + 60);

        ExternalTool.Result read = awsFails("InvalidRequestException", "get-secret-value", "--secret-id", name);
        assertThat(read.stderr()).as(read.describe()).contains("marked for deletion");
        assertThat(listedNames("--filters", "Key=name,Values=" + name)).isEmpty();
        assertThat(listedNames("--filters", "Key=name,Values=" + name, "--include-planned-deletion"))
                .containsExactly(name);
        assertThat(awsJson("describe-secret", "--secret-id", name)).containsKey("DeletedDate");

        assertThat(awsJson("restore-secret", "--secret-id", name)).isEqualTo(Map.of("ARN", arn, "Name", name));
        assertThat(awsJson("get-secret-value", "--secret-id", name).get("SecretString"))
                .isEqualTo("keep-me");
        assertThat(awsJson("describe-secret", "--secret-id", name)).doesNotContainKey("DeletedDate");
    }

    @Test
    void deleteSecretWithoutRecoveryRemovesItAtOnce() {
        String name = uniqueName("AwsCliForceDelete");
        String arn = (String) awsJson("create-secret", "--name", name, "--secret-string", "gone")
                .get("ARN");

        awsFails(
                "InvalidParameterException",
                "delete-secret",
                "--secret-id",
                name,
                "--force-delete-without-recovery",
                "--recovery-window-in-days",
                "7");

        Map<String, Object> deleted = awsJson("delete-secret", "--secret-id", name, "--force-delete-without-recovery");
        assertThat(deleted.get("ARN")).isEqualTo(arn);
        assertThat(deleted).containsKey("DeletionDate");

        awsFails("ResourceNotFoundException", "describe-secret", "--secret-id", name);
        awsFails("ResourceNotFoundException", "restore-secret", "--secret-id", name);
        // The name is free again, for a new secret with a new ARN.
        Map<String, Object> recreated = awsJson("create-secret", "--name", name, "--secret-string", "new");
        assertThat(recreated.get("ARN")).isNotEqualTo(arn);
    }

    @Test
    void createSecretWithATakenNameFails() {
        String name = uniqueName("AwsCliTaken");
        awsJson("create-secret", "--name", name, "--secret-string", "first");

        ExternalTool.Result result =
                awsFails("ResourceExistsException", "create-secret", "--name", name, "--secret-string", "second");

        assertThat(result.stderr()).as(result.describe()).contains("CreateSecret operation");
        assertThat(awsJson("get-secret-value", "--secret-id", name).get("SecretString"))
                .isEqualTo("first");
    }

    @Test
    void putSecretValueOnASecretScheduledForDeletionFails() {
        String name = uniqueName("AwsCliPutDeleted");
        awsJson("create-secret", "--name", name, "--secret-string", "first");
        awsJson("delete-secret", "--secret-id", name);

        awsFails("InvalidRequestException", "put-secret-value", "--secret-id", name, "--secret-string", "second");
        awsFails("InvalidRequestException", "tag-resource", "--secret-id", name, "--tags", "Key=k,Value=v");
    }

    private static String uniqueName(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static String arnPattern(String name) {
        return "arn:aws:secretsmanager:us-east-1:123456789012:secret:" + Pattern.quote(name) + "-[A-Za-z0-9]{6}";
    }

    private static String versionId(Map<String, Object> output) {
        String versionId = (String) output.get("VersionId");
        assertThat(versionId).as("VersionId in %s", output.keySet()).isNotNull();
        return versionId;
    }

    private static double epochSeconds(Object cliDate) {
        assertThat(cliDate).isInstanceOf(Number.class);
        return ((Number) cliDate).doubleValue();
    }

    @SuppressWarnings("unchecked")
    private Map<String, String> tags(String name) {
        Map<String, String> tags = new HashMap<>();
        for (Map<String, Object> tag : (List<Map<String, Object>>)
                awsJson("describe-secret", "--secret-id", name).get("Tags")) {
            tags.put((String) tag.get("Key"), (String) tag.get("Value"));
        }
        return tags;
    }

    /** The names ListSecrets returns, in order, for these extra arguments. */
    @SuppressWarnings("unchecked")
    private List<String> listedNames(String... listSecretsArgs) {
        List<String> args = new ArrayList<>(List.of("list-secrets"));
        args.addAll(List.of(listSecretsArgs));
        List<String> names = new ArrayList<>();
        for (Map<String, Object> secret :
                (List<Map<String, Object>>) awsJson(args.toArray(String[]::new)).get("SecretList")) {
            names.add((String) secret.get("Name"));
        }
        return names;
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

    /** Runs the CLI and asserts it succeeded, for commands that print nothing. */
    private ExternalTool.Result awsSucceeds(String... args) {
        ExternalTool.Result result = aws(null, args);
        assertThat(result.exitCode())
                .as("aws %s\n%s", String.join(" ", args), result.describe())
                .isZero();
        return result;
    }

    /**
     * Runs the CLI and asserts it failed as AWS CLI v1 reports a service error: exit code 255, the
     * error code in stderr, nothing on stdout.
     */
    private ExternalTool.Result awsFails(String errorCode, String... args) {
        ExternalTool.Result result = aws(null, args);
        assertThat(result.exitCode())
                .as("aws %s\n%s", String.join(" ", args), result.describe())
                .isEqualTo(SERVICE_ERROR_EXIT_CODE);
        assertThat(result.stderr())
                .as("aws %s\n%s", String.join(" ", args), result.describe())
                .contains("An error occurred (" + errorCode + ")");
        assertThat(result.stdout()).as(result.describe()).isBlank();
        return result;
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
