package io.github.mocksecretsmanager.testcontainers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mocksecretsmanager.rotation.Rotation;
import io.github.mocksecretsmanager.rotation.RotationState;
import io.github.mocksecretsmanager.rotation.RotationStep;
import io.github.mocksecretsmanager.rotation.webhook.RotationWebhookServer;
import io.github.mocksecretsmanager.testsupport.TemplateRotationFunction;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.secretsmanager.model.SecretsManagerException;

/**
 * Rotation functions of the test JVM run by the server in the container, through the webhooks the
 * container module serves them with (the container reaches them as host.docker.internal).
 */
@RequiresDocker
class RotationIT {

    private static final String LAMBDA = "arn:aws:lambda:us-east-1:123456789012:function:rotate-db";

    private static SecretsManagerContainer container;
    private static SecretsManagerClient client;

    @BeforeAll
    static void start() {
        container = new SecretsManagerContainer().withSecret("db/password", "first-password");
        container.start();
        client = SdkClients.forContainer(container);
    }

    @AfterAll
    static void stop() {
        if (client != null) {
            client.close();
        }
        if (container != null) {
            container.stop();
        }
    }

    /** Back to the seeded secret alone, and no function (this JVM's webhooks stopped). */
    @BeforeEach
    void reset() throws Exception {
        container.removeRotationFunctions();
        HttpResponse<String> reset = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(container.getEndpoint().resolve("/__admin/reset"))
                                .POST(HttpRequest.BodyPublishers.noBody())
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(reset.statusCode()).isEqualTo(200);
    }

    @Test
    void aJavaFunctionInTheTestJvmRotatesASecretInTheContainer() {
        String first = client.describeSecret(r -> r.secretId("db/password"))
                .versionIdsToStages()
                .keySet()
                .iterator()
                .next();
        // tag::container-rotation[]
        // Served to the container from this JVM; the function calls the container with its own client.
        container.registerRotationFunction(LAMBDA, new TemplateRotationFunction(client));

        String token = client.rotateSecret(r -> r.secretId("db/password").rotationLambdaARN(LAMBDA))
                .versionId();
        Rotation rotation = container.awaitRotation("db/password");
        // end::container-rotation[]

        assertThat(rotation.state()).isEqualTo(RotationState.SUCCEEDED);
        assertThat(rotation.completedSteps()).containsExactly(RotationStep.values());
        assertThat(rotation.versionId()).isEqualTo(token);
        assertThat(client.describeSecret(r -> r.secretId("db/password")).versionIdsToStages())
                .containsOnly(Map.entry(token, List.of("AWSCURRENT")), Map.entry(first, List.of("AWSPREVIOUS")));
        assertThat(client.getSecretValue(r -> r.secretId("db/password")).secretString())
                .isNotEqualTo("first-password");
        assertThat(container.rotationFunctions()).containsExactly(LAMBDA);
        assertThat(container.rotations()).extracting(Rotation::secretName).containsExactly("db/password");
        assertThat(container.rotation("db/password")).hasValue(rotation);
    }

    @Test
    void aPausedRotationHoldsTheWindowUntilResumed() {
        container.registerRotationFunction(LAMBDA, new TemplateRotationFunction(client));

        // tag::container-pause[]
        container.pauseRotation("db/password", RotationStep.SET_SECRET);
        client.rotateSecret(r -> r.secretId("db/password").rotationLambdaARN(LAMBDA));
        Rotation paused = container.awaitRotation("db/password"); // PAUSED after setSecret
        // AWSPENDING has the new password, AWSCURRENT still the old one: test the client here
        container.resumeRotation("db/password");
        Rotation done = container.awaitRotation("db/password");
        // end::container-pause[]

        assertThat(paused.state()).isEqualTo(RotationState.PAUSED);
        assertThat(paused.lastCompletedStep()).isEqualTo(RotationStep.SET_SECRET);
        assertThat(done.state()).isEqualTo(RotationState.SUCCEEDED);
        assertThat(client.getSecretValue(r -> r.secretId("db/password")).secretString())
                .isNotEqualTo("first-password");
    }

    @Test
    void aWebhookThatFailsFailsTheRotationAndLeavesAwsPending() {
        try (RotationWebhookServer failing = RotationWebhookServer.start("0.0.0.0", 0, event -> {
            throw new IllegalStateException("the database is down");
        })) {
            container.registerRotationWebhook(
                    LAMBDA, URI.create("http://" + SecretsManagerContainer.TEST_HOST + ":" + failing.port() + "/"));

            String token = client.rotateSecret(r -> r.secretId("db/password").rotationLambdaARN(LAMBDA))
                    .versionId();
            Rotation rotation = container.awaitRotation("db/password");

            assertThat(rotation.state()).isEqualTo(RotationState.FAILED);
            assertThat(rotation.failedStep()).isEqualTo(RotationStep.CREATE_SECRET);
            assertThat(rotation.failure()).contains("500");
            assertThat(client.describeSecret(r -> r.secretId("db/password")).versionIdsToStages())
                    .containsEntry(token, List.of("AWSPENDING"));
            assertThat(client.getSecretValue(r -> r.secretId("db/password")).secretString())
                    .isEqualTo("first-password");
        }
    }

    @Test
    void withoutFunctionsRotateSecretIsDeniedAndThereIsNothingToAwait() {
        assertThat(container.rotationFunctions()).isEmpty();
        assertThatThrownBy(
                        () -> client.rotateSecret(r -> r.secretId("db/password").rotationLambdaARN(LAMBDA)))
                .isInstanceOfSatisfying(
                        SecretsManagerException.class,
                        e -> assertThat(e.awsErrorDetails().errorCode()).isEqualTo("AccessDeniedException"));
        assertThat(container.rotation("db/password")).isEmpty();
        assertThatThrownBy(() -> container.awaitRotation("db/password"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no rotation of db/password has started");
    }

    @Test
    void functionsNeedNotBeRequired() {
        try (SecretsManagerContainer lenient = new SecretsManagerContainer()
                        .withSecret("db/password", "first-password")
                        .withRotationFunctionsRequired(false);
                SecretsManagerClient lenientClient = startAndConnect(lenient)) {
            lenientClient.rotateSecret(r -> r.secretId("db/password").rotationLambdaARN(LAMBDA));

            assertThat(lenientClient
                            .describeSecret(r -> r.secretId("db/password"))
                            .rotationLambdaARN())
                    .isEqualTo(LAMBDA);
            assertThat(lenient.rotations()).isEmpty();
        }
    }

    private static SecretsManagerClient startAndConnect(SecretsManagerContainer container) {
        container.start();
        return SdkClients.forContainer(container);
    }
}
