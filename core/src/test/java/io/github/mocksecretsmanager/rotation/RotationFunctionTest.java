package io.github.mocksecretsmanager.rotation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mocksecretsmanager.journal.RequestPattern;
import io.github.mocksecretsmanager.testsupport.ServerTest;
import io.github.mocksecretsmanager.testsupport.TemplateRotationFunction;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.secretsmanager.model.DescribeSecretResponse;
import software.amazon.awssdk.services.secretsmanager.model.InvalidRequestException;
import software.amazon.awssdk.services.secretsmanager.model.ResourceNotFoundException;
import software.amazon.awssdk.services.secretsmanager.model.RotateSecretResponse;
import software.amazon.awssdk.services.secretsmanager.model.SecretsManagerException;

/**
 * Rotation functions run by the server, through the real SDK. Sources for AWS's behaviour: the AWS
 * rotation template (aws-samples/aws-secrets-manager-rotation-lambdas, SecretsManagerRotationTemplate),
 * https://docs.aws.amazon.com/secretsmanager/latest/userguide/rotate-secrets_how.html (the four steps,
 * the AWSPENDING version Secrets Manager creates first), the RotateSecret API reference (the token as
 * VersionId; RotateImmediately=false runs testSecret only) and LocalStack's snapshot of real AWS
 * (tests/aws/services/secretsmanager/test_secretsmanager.snapshot.json: AccessDeniedException for a
 * function that cannot be invoked, nothing stored; after a rotation the new version is AWSCURRENT alone).
 */
class RotationFunctionTest extends ServerTest {

    private static final String LAMBDA = "arn:aws:lambda:us-east-1:123456789012:function:rotate-db";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @AfterEach
    void forgetFunctions() {
        server.reset();
    }

    private String create() {
        return client.createSecret(r -> r.name(name).secretString("first-password"))
                .versionId();
    }

    @Test
    void theAwsTemplateRotatesTheSecretStepByStep() {
        String first = create();
        server.registerRotationFunction(LAMBDA, new TemplateRotationFunction(client));
        String token = token();

        RotateSecretResponse response = client.rotateSecret(r -> r.secretId(name)
                .clientRequestToken(token)
                .rotationLambdaARN(LAMBDA)
                .rotationRules(rules -> rules.automaticallyAfterDays(30L)));
        Rotation rotation = server.awaitRotation(name);

        assertThat(response.versionId()).isEqualTo(token);
        assertThat(rotation.state()).isEqualTo(RotationState.SUCCEEDED);
        assertThat(rotation.completedSteps()).containsExactly(RotationStep.values());
        DescribeSecretResponse described = client.describeSecret(r -> r.secretId(name));
        assertThat(described.versionIdsToStages())
                .containsOnly(Map.entry(token, List.of("AWSCURRENT")), Map.entry(first, List.of("AWSPREVIOUS")));
        assertThat(described.rotationEnabled()).isTrue();
        assertThat(described.lastRotatedDate()).isNotNull();
        // The last second of the daily window 30 days on (recorded DescribeSecret output ends in 23:59:59).
        assertThat(described.nextRotationDate())
                .isEqualTo(described
                        .lastRotatedDate()
                        .truncatedTo(ChronoUnit.DAYS)
                        .plus(Duration.ofDays(31))
                        .minusSeconds(1));
        assertThat(client.getSecretValue(r -> r.secretId(name)).secretString())
                .isNotEqualTo("first-password")
                .hasSize(32);
        server.verify(RequestPattern.putSecretValue()
                .secretId(name)
                .clientRequestToken(token)
                .stage("AWSPENDING"));
    }

    @Test
    void theFirstStepFindsAnAwsPendingVersionWithoutAValue() {
        create();
        List<String> seen = new CopyOnWriteArrayList<>();
        server.registerRotationFunction(LAMBDA, event -> {
            if (event.step() == RotationStep.CREATE_SECRET) {
                seen.add(client.describeSecret(r -> r.secretId(event.secretId()))
                        .versionIdsToStages()
                        .get(event.clientRequestToken())
                        .toString());
                try {
                    client.getSecretValue(r -> r.secretId(event.secretId()).versionStage("AWSPENDING"));
                } catch (ResourceNotFoundException e) {
                    seen.add(e.awsErrorDetails().errorMessage());
                }
                seen.add(event.secretId());
            }
        });

        client.rotateSecret(r -> r.secretId(name).rotationLambdaARN(LAMBDA));
        server.awaitRotation(name);

        String arn = client.describeSecret(r -> r.secretId(name)).arn();
        assertThat(seen)
                .containsExactly(
                        "[AWSPENDING]",
                        "Secrets Manager can't find the specified secret value for staging label: AWSPENDING",
                        arn);
    }

    @Test
    void aFailingTestSecretStopsTheRotationAndLeavesItUnfinished() {
        String first = create();
        server.registerRotationFunction(LAMBDA, new TemplateRotationFunction(client, pending -> {}, pending -> {
            throw new IllegalStateException("could not log in with the new password");
        }));
        String token = token();

        client.rotateSecret(r -> r.secretId(name).clientRequestToken(token).rotationLambdaARN(LAMBDA));
        Rotation rotation = server.awaitRotation(name);

        assertThat(rotation.state()).isEqualTo(RotationState.FAILED);
        assertThat(rotation.failedStep()).isEqualTo(RotationStep.TEST_SECRET);
        assertThat(rotation.failure()).contains("could not log in with the new password");
        assertThat(rotation.completedSteps()).containsExactly(RotationStep.CREATE_SECRET, RotationStep.SET_SECRET);
        assertThat(client.describeSecret(r -> r.secretId(name)).versionIdsToStages())
                .containsOnly(Map.entry(first, List.of("AWSCURRENT")), Map.entry(token, List.of("AWSPENDING")));
        assertThat(client.getSecretValue(r -> r.secretId(name)).secretString()).isEqualTo("first-password");
        assertThatThrownBy(() -> client.rotateSecret(r -> r.secretId(name)))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("A previous rotation isn't complete. That rotation will be reattempted.");
        assertThat(client.cancelRotateSecret(r -> r.secretId(name)).versionId()).isEqualTo(token);
    }

    @Test
    void aFunctionThatIsNotRegisteredCannotBeInvokedAndNothingIsStored() {
        create();
        String unknown = "arn:aws:lambda:us-east-1:123456789012:function:nobody-home";

        assertThatThrownBy(() -> client.rotateSecret(r -> r.secretId(name).rotationLambdaARN(unknown)))
                .isInstanceOfSatisfying(SecretsManagerException.class, e -> {
                    assertThat(e.awsErrorDetails().errorCode()).isEqualTo("AccessDeniedException");
                    assertThat(e.statusCode()).isEqualTo(400);
                    assertThat(e.awsErrorDetails().errorMessage())
                            .isEqualTo("Secrets Manager cannot invoke the specified Lambda function. Ensure that the"
                                    + " function policy grants access to the principal"
                                    + " secretsmanager.amazonaws.com.");
                });
        DescribeSecretResponse described = client.describeSecret(r -> r.secretId(name));
        assertThat(described.rotationEnabled()).isNull();
        assertThat(described.versionIdsToStages()).hasSize(1);
        assertThat(server.rotation(name)).isEmpty();
    }

    @Test
    void aPausedRotationHoldsTheWindowWhereAwsPendingIsNewAndAwsCurrentOld() {
        create();
        server.registerRotationFunction(LAMBDA, new TemplateRotationFunction(client));
        server.pauseRotation(name, RotationStep.SET_SECRET);

        client.rotateSecret(r -> r.secretId(name).rotationLambdaARN(LAMBDA));
        Rotation paused = server.awaitRotation(name);

        assertThat(paused.state()).isEqualTo(RotationState.PAUSED);
        assertThat(paused.lastCompletedStep()).isEqualTo(RotationStep.SET_SECRET);
        assertThat(client.getSecretValue(r -> r.secretId(name)).secretString()).isEqualTo("first-password");
        String pending = client.getSecretValue(r -> r.secretId(name).versionStage("AWSPENDING"))
                .secretString();
        assertThat(pending).isNotEqualTo("first-password");

        server.resumeRotation(name);
        Rotation done = server.awaitRotation(name);

        assertThat(done.state()).isEqualTo(RotationState.SUCCEEDED);
        assertThat(client.getSecretValue(r -> r.secretId(name)).secretString()).isEqualTo(pending);
    }

    @Test
    void rotateImmediatelyFalseRunsOnlyTestSecretAndRemovesItsVersion() {
        String first = create();
        List<RotationStep> steps = new CopyOnWriteArrayList<>();
        List<String> stagesDuringTest = new ArrayList<>();
        server.registerRotationFunction(LAMBDA, event -> {
            steps.add(event.step());
            stagesDuringTest.addAll(client.describeSecret(r -> r.secretId(event.secretId()))
                    .versionIdsToStages()
                    .getOrDefault(event.clientRequestToken(), List.of()));
        });

        RotateSecretResponse response = client.rotateSecret(r -> r.secretId(name)
                .rotationLambdaARN(LAMBDA)
                .rotateImmediately(false)
                .rotationRules(rules -> rules.automaticallyAfterDays(10L)));
        Rotation rotation = server.awaitRotation(name);

        assertThat(response.versionId()).isNull();
        assertThat(rotation.testOnly()).isTrue();
        assertThat(rotation.state()).isEqualTo(RotationState.SUCCEEDED);
        assertThat(steps).containsExactly(RotationStep.TEST_SECRET);
        assertThat(stagesDuringTest).containsExactly("AWSPENDING");
        DescribeSecretResponse described = client.describeSecret(r -> r.secretId(name));
        assertThat(described.versionIdsToStages()).containsOnlyKeys(first);
        assertThat(described.lastRotatedDate()).isNull();
        assertThat(described.rotationEnabled()).isTrue();
    }

    @Test
    void onlyTheRotationsOwnRotationTokenIsAccepted() {
        create();
        List<String> answers = new CopyOnWriteArrayList<>();
        server.registerRotationFunction(LAMBDA, event -> {
            if (event.step() != RotationStep.CREATE_SECRET) {
                return;
            }
            try {
                client.putSecretValue(r -> r.secretId(event.secretId())
                        .clientRequestToken(event.clientRequestToken())
                        .secretString("new")
                        .versionStages("AWSPENDING")
                        .rotationToken("0b5e2e1c-0000-4000-8000-000000000000"));
            } catch (SecretsManagerException e) {
                answers.add(e.awsErrorDetails().errorCode());
            }
            answers.add(client.putSecretValue(r -> r.secretId(event.secretId())
                            .clientRequestToken(event.clientRequestToken())
                            .secretString("new")
                            .versionStages("AWSPENDING")
                            .rotationToken(event.rotationToken()))
                    .versionId());
        });
        String token = token();

        client.rotateSecret(r -> r.secretId(name).clientRequestToken(token).rotationLambdaARN(LAMBDA));
        server.awaitRotation(name);

        assertThat(answers).containsExactly("AccessDeniedException", token);
    }

    @Test
    void finishingWithoutMovingAwsCurrentIsAFailedRotation() {
        create();
        server.registerRotationFunction(LAMBDA, event -> {});

        client.rotateSecret(r -> r.secretId(name).rotationLambdaARN(LAMBDA));
        Rotation rotation = server.awaitRotation(name);

        assertThat(rotation.state()).isEqualTo(RotationState.FAILED);
        assertThat(rotation.completedSteps()).hasSize(4);
        assertThat(rotation.failure()).contains("AWSCURRENT is not on version " + rotation.versionId());
    }

    @Test
    void aRotationFallsDueWhenTheClockPassesNextRotationDate() {
        create();
        server.registerRotationFunction(LAMBDA, new TemplateRotationFunction(client));
        client.rotateSecret(r ->
                r.secretId(name).rotationLambdaARN(LAMBDA).rotationRules(rules -> rules.automaticallyAfterDays(7L)));
        String firstRotation = server.awaitRotation(name).versionId();

        server.clock().advance(Duration.ofDays(6));
        assertThat(server.awaitRotation(name).versionId()).isEqualTo(firstRotation);
        server.clock().advance(Duration.ofDays(2));
        Rotation scheduled = server.awaitRotation(name);

        assertThat(scheduled.versionId()).isNotEqualTo(firstRotation);
        assertThat(scheduled.state()).isEqualTo(RotationState.SUCCEEDED);
        assertThat(client.describeSecret(r -> r.secretId(name)).versionIdsToStages())
                .containsEntry(scheduled.versionId(), List.of("AWSCURRENT"))
                .containsEntry(firstRotation, List.of("AWSPREVIOUS"));
    }

    @Test
    void cancellingAPausedRotationStopsIt() {
        create();
        server.registerRotationFunction(LAMBDA, new TemplateRotationFunction(client));
        server.pauseRotation(name, RotationStep.CREATE_SECRET);
        client.rotateSecret(r -> r.secretId(name).rotationLambdaARN(LAMBDA));
        assertThat(server.awaitRotation(name).state()).isEqualTo(RotationState.PAUSED);

        client.cancelRotateSecret(r -> r.secretId(name));
        server.resumeRotation(name);

        assertThat(server.awaitRotation(name).state()).isEqualTo(RotationState.CANCELLED);
        assertThat(client.describeSecret(r -> r.secretId(name)).rotationEnabled())
                .isFalse();
    }

    @Test
    void aSecretDeletedForGoodTakesItsRotationWithIt() throws Exception {
        String arn = rotated();

        client.deleteSecret(r -> r.secretId(name).forceDeleteWithoutRecovery(true));

        assertThat(server.rotation(name)).isEmpty();
        assertThat(server.rotation(arn)).isEmpty();
        assertThat(server.rotations()).extracting(Rotation::secretArn).doesNotContain(arn);
        assertThat(adminRotationStatus(arn)).isEqualTo(404);
        assertThatThrownBy(() -> server.awaitRotation(arn, Duration.ofMillis(10)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no rotation of " + arn + " has started");
    }

    @Test
    void theEndOfTheRecoveryWindowTakesTheRotationWithIt() throws Exception {
        String arn = rotated();
        client.deleteSecret(r -> r.secretId(name).recoveryWindowInDays(7L));

        server.clock().advance(Duration.ofDays(7));

        assertThatThrownBy(() -> client.describeSecret(r -> r.secretId(arn)))
                .isInstanceOf(ResourceNotFoundException.class);
        assertThat(server.rotation(arn)).isEmpty();
        assertThat(server.rotations()).extracting(Rotation::secretArn).doesNotContain(arn);
        assertThat(adminRotationStatus(arn)).isEqualTo(404);
    }

    @Test
    void aSecretInItsRecoveryWindowKeepsItsRotationAndIsRestoredWithIt() throws Exception {
        String arn = rotated();
        Rotation rotation = server.rotation(arn).orElseThrow();

        client.deleteSecret(r -> r.secretId(name).recoveryWindowInDays(7L));
        server.clock().advance(Duration.ofDays(6));

        assertThat(server.rotation(name)).contains(rotation);
        client.restoreSecret(r -> r.secretId(name));
        assertThat(server.rotation(name)).contains(rotation);
        assertThat(server.rotations()).contains(rotation);
        assertThat(adminRotationStatus(arn)).isEqualTo(200);
    }

    /** Creates the secret and rotates it with the template; its ARN. */
    private String rotated() {
        create();
        server.registerRotationFunction(LAMBDA, new TemplateRotationFunction(client));
        client.rotateSecret(r -> r.secretId(name).rotationLambdaARN(LAMBDA));
        Rotation rotation = server.awaitRotation(name);
        assertThat(rotation.state()).isEqualTo(RotationState.SUCCEEDED);
        return rotation.secretArn();
    }

    private static int adminRotationStatus(String secretId) throws IOException, InterruptedException {
        URI uri = server.endpoint()
                .resolve("/__admin/rotation?secretId=" + URLEncoder.encode(secretId, StandardCharsets.UTF_8));
        return HTTP.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    @Test
    void awaitingASecretThatNeverRotatedSaysSo() {
        create();
        assertThatThrownBy(() -> server.awaitRotation(name, Duration.ofMillis(10)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no rotation of " + name + " has started");
    }
}
