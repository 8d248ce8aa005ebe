package io.github.mocksecretsmanager.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mocksecretsmanager.MockSecretsManagerServer;
import io.github.mocksecretsmanager.ServerConfig;
import io.github.mocksecretsmanager.WebhookRotationFunction;
import io.github.mocksecretsmanager.rotation.Rotation;
import io.github.mocksecretsmanager.rotation.RotationFunction;
import io.github.mocksecretsmanager.rotation.RotationState;
import io.github.mocksecretsmanager.rotation.RotationStep;
import io.github.mocksecretsmanager.rotation.webhook.RotationWebhookServer;
import io.github.mocksecretsmanager.testsupport.TemplateRotationFunction;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.secretsmanager.model.DescribeSecretResponse;
import software.amazon.awssdk.services.secretsmanager.model.SecretsManagerException;

/**
 * The AWS rotation template's scenario run against the standalone server through a webhook: the
 * server is configured from the command line and the environment as a user starts it, the webhook
 * is a {@link RotationWebhookServer} serving a Java port of the template, which calls the server
 * back through an ordinary SDK client.
 */
class RotationWebhookTest {

    private static final String LAMBDA = "arn:aws:lambda:us-east-1:123456789012:function:rotate-db";

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final List<AutoCloseable> toClose = new CopyOnWriteArrayList<>();

    @AfterEach
    void close() throws Exception {
        for (int i = toClose.size() - 1; i >= 0; i--) {
            toClose.get(i).close();
        }
    }

    private MockSecretsManagerServer launch(Map<String, String> env, String... args) {
        Main.Launch launch = Main.launch(args, env, new PrintStream(out, true), new PrintStream(err, true));
        assertThat(launch.exitCode()).as("exit code, with: %s", err).isZero();
        toClose.add(launch.server()::stop);
        return launch.server();
    }

    private SecretsManagerClient client(MockSecretsManagerServer server) {
        SecretsManagerClient client = SecretsManagerClient.builder()
                .endpointOverride(server.endpoint())
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .build();
        toClose.add(client);
        return client;
    }

    private RotationWebhookServer webhook(RotationFunction function) {
        RotationWebhookServer webhook = RotationWebhookServer.start(function);
        toClose.add(webhook);
        return webhook;
    }

    @Test
    void webhooksAndTheRequiredSettingComeFromOptionsAndTheEnvironment() {
        ServerConfig fromEnv = CommandLine.parse(
                        new String[0],
                        Map.of(
                                CommandLine.ROTATION_WEBHOOKS_VARIABLE,
                                LAMBDA + "=http://localhost:9000/, arn:aws:lambda:us-east-1:123456789012:function:b"
                                        + "=http://hooks:9001/rotate?x=1",
                                CommandLine.ROTATION_FUNCTIONS_REQUIRED_VARIABLE,
                                "false"))
                .config();
        assertThat(fromEnv.rotationFunctions())
                .containsOnlyKeys(LAMBDA, "arn:aws:lambda:us-east-1:123456789012:function:b");
        assertThat(fromEnv.rotationFunctionsRequired()).isFalse();

        ServerConfig fromOptions = CommandLine.parse(
                        new String[] {
                            "--rotation-webhook",
                            LAMBDA + "=http://localhost:9002/",
                            "--rotation-webhook=arn:aws:lambda:us-east-1:123456789012:function:c=http://c/",
                            "--rotation-functions-required=true"
                        },
                        Map.of(
                                CommandLine.ROTATION_WEBHOOKS_VARIABLE,
                                LAMBDA + "=http://localhost:9000/",
                                CommandLine.ROTATION_FUNCTIONS_REQUIRED_VARIABLE,
                                "false"))
                .config();
        assertThat(fromOptions.rotationFunctions())
                .containsOnlyKeys(LAMBDA, "arn:aws:lambda:us-east-1:123456789012:function:c");
        assertThat(fromOptions.rotationFunctions().get(LAMBDA))
                .isEqualTo(new WebhookRotationFunction(URI.create("http://localhost:9002/")));
        assertThat(fromOptions.rotationFunctionsRequired()).isTrue();
        assertThat(CommandLine.parse(new String[0], Map.of(CommandLine.ROTATION_WEBHOOKS_VARIABLE, " "))
                        .config()
                        .rotationFunctions())
                .isEmpty();
    }

    @Test
    void badRotationSettingsExitWithUsage() {
        for (String[] args : List.of(
                new String[] {"--rotation-webhook", "no-url-here"},
                new String[] {"--rotation-webhook", LAMBDA + "=ftp://example/"},
                new String[] {"--rotation-functions-required", "maybe"})) {
            err.reset();
            Main.Launch launch = Main.launch(args, Map.of(), new PrintStream(out, true), new PrintStream(err, true));
            assertThat(launch.exitCode()).isEqualTo(2);
            assertThat(err.toString()).startsWith("error: ").contains("Usage:");
        }
    }

    @Test
    void theAwsTemplateRotatesThroughAWebhookFromTheEnvironment() {
        List<String> databasePasswords = new CopyOnWriteArrayList<>();
        // The server the webhook's function calls is only known once it runs: a holder bridges that.
        SecretsManagerClient[] client = new SecretsManagerClient[1];
        RotationWebhookServer webhook =
                webhook(event -> new TemplateRotationFunction(client[0], databasePasswords::add, pending -> {
                            assertThat(databasePasswords).endsWith(pending);
                        })
                        .invoke(event));
        MockSecretsManagerServer server =
                launch(Map.of(CommandLine.ROTATION_WEBHOOKS_VARIABLE, LAMBDA + "=" + webhook.uri()), "--port", "0");
        client[0] = client(server);
        String first = client[0]
                .createSecret(r -> r.name("db/password").secretString("first-password"))
                .versionId();

        String token = client[0]
                .rotateSecret(r -> r.secretId("db/password")
                        .rotationLambdaARN(LAMBDA)
                        .rotationRules(rules -> rules.automaticallyAfterDays(30L)))
                .versionId();
        Rotation rotation = server.awaitRotation("db/password");

        assertThat(rotation.state()).isEqualTo(RotationState.SUCCEEDED);
        assertThat(rotation.completedSteps()).containsExactly(RotationStep.values());
        DescribeSecretResponse described = client[0].describeSecret(r -> r.secretId("db/password"));
        assertThat(described.versionIdsToStages())
                .containsOnly(Map.entry(token, List.of("AWSCURRENT")), Map.entry(first, List.of("AWSPREVIOUS")));
        String current =
                client[0].getSecretValue(r -> r.secretId("db/password")).secretString();
        assertThat(current).isNotEqualTo("first-password");
        assertThat(databasePasswords).containsExactly(current);
    }

    @Test
    void aWebhookRegisteredThroughTheAdminApiRunsAndAFailingOneStopsTheRotation() throws Exception {
        MockSecretsManagerServer server = launch(Map.of(), "--port", "0");
        SecretsManagerClient client = client(server);
        List<RotationStep> steps = new CopyOnWriteArrayList<>();
        RotationWebhookServer webhook = webhook(event -> {
            steps.add(event.step());
            new TemplateRotationFunction(client, pending -> {}, pending -> {
                        throw new IllegalStateException("the database refused the new password");
                    })
                    .invoke(event);
        });
        String first = client.createSecret(r -> r.name("db/password").secretString("first-password"))
                .versionId();

        assertThatThrownBy(
                        () -> client.rotateSecret(r -> r.secretId("db/password").rotationLambdaARN(LAMBDA)))
                .isInstanceOfSatisfying(
                        SecretsManagerException.class,
                        e -> assertThat(e.awsErrorDetails().errorCode()).isEqualTo("AccessDeniedException"));

        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> registered = http.send(
                HttpRequest.newBuilder(server.endpoint().resolve("/__admin/rotation-functions"))
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "{\"arn\": \"" + LAMBDA + "\", \"url\": \"" + webhook.uri() + "\"}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(registered.statusCode()).isEqualTo(200);
        assertThat(http.send(
                                HttpRequest.newBuilder(server.endpoint().resolve("/__admin/rotation-functions"))
                                        .build(),
                                HttpResponse.BodyHandlers.ofString())
                        .body())
                .contains(LAMBDA);

        String token = client.rotateSecret(r -> r.secretId("db/password").rotationLambdaARN(LAMBDA))
                .versionId();
        HttpResponse<String> awaited = http.send(
                HttpRequest.newBuilder(
                                server.endpoint().resolve("/__admin/rotation?secretId=db/password&awaitSeconds=30"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(awaited.statusCode()).isEqualTo(200);
        assertThat(awaited.body()).contains("\"state\":\"FAILED\"", "\"failedStep\":\"testSecret\"");
        assertThat(steps)
                .containsExactly(RotationStep.CREATE_SECRET, RotationStep.SET_SECRET, RotationStep.TEST_SECRET);
        DescribeSecretResponse described = client.describeSecret(r -> r.secretId("db/password"));
        assertThat(described.versionIdsToStages())
                .containsOnly(Map.entry(first, List.of("AWSCURRENT")), Map.entry(token, List.of("AWSPENDING")));
        assertThat(client.getSecretValue(r -> r.secretId("db/password")).secretString())
                .isEqualTo("first-password");
    }

    @Test
    void withoutRequiredFunctionsRotateSecretOnlyRecordsTheRotation() {
        MockSecretsManagerServer server =
                launch(Map.of(CommandLine.ROTATION_FUNCTIONS_REQUIRED_VARIABLE, "false"), "--port", "0");
        SecretsManagerClient client = client(server);
        client.createSecret(r -> r.name("db/password").secretString("first-password"));

        client.rotateSecret(r -> r.secretId("db/password").rotationLambdaARN(LAMBDA));

        assertThat(client.describeSecret(r -> r.secretId("db/password")).rotationLambdaARN())
                .isEqualTo(LAMBDA);
        assertThat(server.rotation("db/password")).isEmpty();
    }
}
