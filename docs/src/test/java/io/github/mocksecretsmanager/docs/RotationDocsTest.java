package io.github.mocksecretsmanager.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mocksecretsmanager.MockSecretsManagerServer;
import io.github.mocksecretsmanager.faults.ServerClock;
import io.github.mocksecretsmanager.junit.MockSecretsManager;
import io.github.mocksecretsmanager.rotation.Rotation;
import io.github.mocksecretsmanager.rotation.RotationEvent;
import io.github.mocksecretsmanager.rotation.RotationFunction;
import io.github.mocksecretsmanager.rotation.RotationState;
import io.github.mocksecretsmanager.rotation.RotationStep;
import io.github.mocksecretsmanager.rotation.webhook.RotationWebhookServer;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.secretsmanager.model.InvalidRequestException;
import software.amazon.awssdk.services.secretsmanager.model.ResourceNotFoundException;

/** docs/rotation.md. */
@MockSecretsManager
class RotationDocsTest {

    private static final String LAMBDA_ARN = "arn:aws:lambda:us-east-1:123456789012:function:rotate-db";

    /** A rotation function as small as the AWS template allows: a new password, then AWSCURRENT moves. */
    // tag::function[]
    static final class NewPasswordRotation implements RotationFunction {
        private final SecretsManagerClient client;

        NewPasswordRotation(SecretsManagerClient client) {
            this.client = client;
        }

        @Override
        public void invoke(RotationEvent event) {
            String arn = event.secretId();
            String token = event.clientRequestToken();
            switch (event.step()) {
                case CREATE_SECRET -> {
                    try { // the AWSPENDING version Secrets Manager created has no value yet
                        client.getSecretValue(
                                r -> r.secretId(arn).versionId(token).versionStage("AWSPENDING"));
                    } catch (ResourceNotFoundException noValueYet) {
                        String password = client.getRandomPassword(r -> r.passwordLength(24L))
                                .randomPassword();
                        client.putSecretValue(r -> r.secretId(arn)
                                .clientRequestToken(token)
                                .secretString(password)
                                .versionStages("AWSPENDING")
                                .rotationToken(event.rotationToken()));
                    }
                }
                case SET_SECRET, TEST_SECRET -> {} // set and try the password in the database
                case FINISH_SECRET -> {
                    String current =
                            client.describeSecret(r -> r.secretId(arn)).versionIdsToStages().entrySet().stream()
                                    .filter(version -> version.getValue().contains("AWSCURRENT"))
                                    .map(version -> version.getKey())
                                    .findFirst()
                                    .orElseThrow();
                    client.updateSecretVersionStage(r -> r.secretId(arn)
                            .versionStage("AWSCURRENT")
                            .moveToVersionId(token)
                            .removeFromVersionId(current));
                }
            }
        }
    }
    // end::function[]

    @Test
    void run(SecretsManagerClient client, MockSecretsManagerServer server) {
        server.createSecret("db/creds", "first-password");
        // tag::run[]
        server.registerRotationFunction(LAMBDA_ARN, new NewPasswordRotation(client));

        String token = client.rotateSecret(r -> r.secretId("db/creds")
                        .rotationLambdaARN(LAMBDA_ARN)
                        .rotationRules(rules -> rules.automaticallyAfterDays(30L)))
                .versionId(); // answered before the first step runs, as on AWS
        Rotation rotation = server.awaitRotation("db/creds");

        assertThat(rotation.state()).isEqualTo(RotationState.SUCCEEDED);
        assertThat(rotation.completedSteps()).containsExactly(RotationStep.values());
        assertThat(client.getSecretValue(r -> r.secretId("db/creds")).versionId())
                .isEqualTo(token);
        // end::run[]
    }

    @Test
    void pause(SecretsManagerClient client, MockSecretsManagerServer server) {
        server.createSecret("db/creds", "first-password");
        server.registerRotationFunction(LAMBDA_ARN, new NewPasswordRotation(client));
        // tag::pause[]
        server.pauseRotation("db/creds", RotationStep.SET_SECRET);
        client.rotateSecret(r -> r.secretId("db/creds").rotationLambdaARN(LAMBDA_ARN));
        assertThat(server.awaitRotation("db/creds").state()).isEqualTo(RotationState.PAUSED);

        // The database has the new password; AWSCURRENT still holds the old one.
        assertThat(client.getSecretValue(r -> r.secretId("db/creds")).secretString())
                .isEqualTo("first-password");
        String pending = client.getSecretValue(r -> r.secretId("db/creds").versionStage("AWSPENDING"))
                .secretString();
        // ... run the code under test here ...

        server.resumeRotation("db/creds");
        assertThat(server.awaitRotation("db/creds").state()).isEqualTo(RotationState.SUCCEEDED);
        assertThat(client.getSecretValue(r -> r.secretId("db/creds")).secretString())
                .isEqualTo(pending);
        // end::pause[]
    }

    @Test
    void failure(SecretsManagerClient client, MockSecretsManagerServer server) {
        server.createSecret("db/creds", "first-password");
        // tag::failure[]
        RotationFunction rotation = new NewPasswordRotation(client);
        server.registerRotationFunction(LAMBDA_ARN, event -> {
            if (event.step() == RotationStep.TEST_SECRET) {
                throw new IllegalStateException("the database refused the new password");
            }
            rotation.invoke(event);
        });

        client.rotateSecret(r -> r.secretId("db/creds").rotationLambdaARN(LAMBDA_ARN));
        Rotation failed = server.awaitRotation("db/creds");

        assertThat(failed.state()).isEqualTo(RotationState.FAILED);
        assertThat(failed.failedStep()).isEqualTo(RotationStep.TEST_SECRET);
        assertThat(failed.failure()).contains("the database refused the new password");
        // As on AWS: AWSPENDING stays where the function left it, and blocks the next rotation.
        assertThatThrownBy(() -> client.rotateSecret(r -> r.secretId("db/creds")))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("A previous rotation isn't complete");
        // end::failure[]
    }

    @Test
    void schedule(SecretsManagerClient client, MockSecretsManagerServer server, ServerClock clock) {
        server.createSecret("db/creds", "first-password");
        server.registerRotationFunction(LAMBDA_ARN, new NewPasswordRotation(client));
        // tag::schedule[]
        client.rotateSecret(r -> r.secretId("db/creds")
                .rotationLambdaARN(LAMBDA_ARN)
                .rotateImmediately(false) // only testSecret runs now, as on AWS
                .rotationRules(rules -> rules.scheduleExpression("cron(0 2 ? * MON *)")));
        server.awaitRotation("db/creds");

        clock.advance(Duration.ofDays(8)); // past NextRotationDate: the rotation starts
        Rotation scheduled = server.awaitRotation("db/creds");

        assertThat(scheduled.testOnly()).isFalse();
        assertThat(scheduled.state()).isEqualTo(RotationState.SUCCEEDED);
        // end::schedule[]
    }

    @Test
    void webhook(SecretsManagerClient client, MockSecretsManagerServer server) throws Exception {
        server.createSecret("db/creds", "first-password");
        // tag::webhook[]
        try (RotationWebhookServer webhook = RotationWebhookServer.start(new NewPasswordRotation(client))) {
            server.registerRotationWebhook(LAMBDA_ARN, webhook.uri());

            client.rotateSecret(r -> r.secretId("db/creds").rotationLambdaARN(LAMBDA_ARN));

            assertThat(server.awaitRotation("db/creds").state()).isEqualTo(RotationState.SUCCEEDED);
        }
        // end::webhook[]
    }
}
