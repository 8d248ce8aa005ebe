package io.github.mocksecretsmanager.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mocksecretsmanager.MockSecretsManagerServer;
import io.github.mocksecretsmanager.ServerConfig;
import io.github.mocksecretsmanager.testsupport.SdkClients;
import io.github.mocksecretsmanager.testsupport.ServerTest;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.secretsmanager.model.CancelRotateSecretResponse;
import software.amazon.awssdk.services.secretsmanager.model.DescribeSecretResponse;
import software.amazon.awssdk.services.secretsmanager.model.InvalidParameterException;
import software.amazon.awssdk.services.secretsmanager.model.InvalidRequestException;
import software.amazon.awssdk.services.secretsmanager.model.RotateSecretResponse;

/**
 * RotateSecret and CancelRotateSecret through the real SDK, on a server in the record-only mode
 * ({@code rotationFunctionsRequired(false)}): the configuration rules, with no function run. Running
 * functions: {@code RotationFunctionTest}.
 */
class RotateSecretTest extends ServerTest {

    @BeforeAll
    static void recordOnlyServer() {
        client.close();
        server.close();
        server = MockSecretsManagerServer.start(
                ServerConfig.builder().rotationFunctionsRequired(false).build());
        client = SdkClients.syncClient(server);
    }

    private static final String LAMBDA = "arn:aws:lambda:us-east-1:123456789012:function:rotate";

    private String create() {
        return client.createSecret(r -> r.name(name).secretString("v1")).versionId();
    }

    @Test
    void rotatingImmediatelyAddsAPendingVersionAndRecordsTheConfiguration() {
        String v1 = create();
        String token = token();
        RotateSecretResponse response = client.rotateSecret(r -> r.secretId(name)
                .clientRequestToken(token)
                .rotationLambdaARN(LAMBDA)
                .rotationRules(rules -> rules.automaticallyAfterDays(7L)));

        assertThat(response.versionId()).isEqualTo(token);
        DescribeSecretResponse described = client.describeSecret(r -> r.secretId(name));
        assertThat(described.rotationEnabled()).isTrue();
        assertThat(described.rotationLambdaARN()).isEqualTo(LAMBDA);
        assertThat(described.rotationRules().automaticallyAfterDays()).isEqualTo(7L);
        assertThat(described.lastRotatedDate()).isNotNull();
        assertThat(described.nextRotationDate())
                .isEqualTo(described
                        .lastRotatedDate()
                        .truncatedTo(ChronoUnit.DAYS)
                        .plus(Duration.ofDays(8))
                        .minusSeconds(1));
        assertThat(described.versionIdsToStages())
                .containsOnly(Map.entry(v1, List.of("AWSCURRENT")), Map.entry(token, List.of("AWSPENDING")));
        assertThat(client.getSecretValue(r -> r.secretId(name).versionStage("AWSPENDING"))
                        .secretString())
                .isEqualTo("v1");
    }

    @Test
    void withoutRotateImmediatelyNoVersionIsMade() {
        String v1 = create();
        RotateSecretResponse response = client.rotateSecret(r -> r.secretId(name)
                .rotationLambdaARN(LAMBDA)
                .rotateImmediately(false)
                .rotationRules(
                        rules -> rules.scheduleExpression("rate(10 days)").duration("2h")));

        assertThat(response.versionId()).isNull();
        DescribeSecretResponse described = client.describeSecret(r -> r.secretId(name));
        assertThat(described.versionIdsToStages()).containsOnlyKeys(v1);
        assertThat(described.rotationRules().scheduleExpression()).isEqualTo("rate(10 days)");
        assertThat(described.rotationRules().duration()).isEqualTo("2h");
        assertThat(described.lastRotatedDate()).isNull();
        assertThat(described.nextRotationDate()).isNotNull();
    }

    @Test
    void anUnfinishedRotationBlocksTheNextUntilItIsFinished() {
        String v1 = create();
        String pending = client.rotateSecret(r -> r.secretId(name).rotationLambdaARN(LAMBDA))
                .versionId();
        assertThatThrownBy(() -> client.rotateSecret(r -> r.secretId(name)))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("A previous rotation isn't complete.");

        // what a rotation function's finishSecret step does
        client.updateSecretVersionStage(r -> r.secretId(name)
                .versionStage("AWSCURRENT")
                .removeFromVersionId(v1)
                .moveToVersionId(pending));
        String next = client.rotateSecret(r -> r.secretId(name)).versionId();

        assertThat(next).isNotEqualTo(pending);
        assertThat(client.describeSecret(r -> r.secretId(name)).versionIdsToStages())
                .containsEntry(next, List.of("AWSPENDING"));
    }

    @Test
    void aSecondCallWithTheSameTokenIsIdempotent() {
        create();
        String token = token();
        client.rotateSecret(r -> r.secretId(name).clientRequestToken(token).rotationLambdaARN(LAMBDA));
        RotateSecretResponse retry = client.rotateSecret(
                r -> r.secretId(name).clientRequestToken(token).rotationLambdaARN(LAMBDA));

        assertThat(retry.versionId()).isEqualTo(token);
        assertThat(client.listSecretVersionIds(r -> r.secretId(name)).versions())
                .hasSize(2);
    }

    @Test
    void cancellingTurnsRotationOffAndNamesTheUnfinishedVersion() {
        create();
        String pending = client.rotateSecret(r -> r.secretId(name).rotationLambdaARN(LAMBDA))
                .versionId();

        CancelRotateSecretResponse response = client.cancelRotateSecret(r -> r.secretId(name));

        assertThat(response.versionId()).isEqualTo(pending);
        DescribeSecretResponse described = client.describeSecret(r -> r.secretId(name));
        assertThat(described.rotationEnabled()).isFalse();
        assertThat(described.nextRotationDate()).isNull();
        assertThat(described.rotationLambdaARN()).isEqualTo(LAMBDA);
    }

    @Test
    void aNeverRotatedSecretShowsNoRotationFields() {
        create();
        DescribeSecretResponse described = client.describeSecret(r -> r.secretId(name));

        assertThat(described.rotationEnabled()).isNull();
        assertThat(described.rotationLambdaARN()).isNull();
        assertThat(described.rotationRules()).isNull();
    }

    @Test
    void aRotationFunctionIsNeededAndRulesMustNotConflict() {
        create();
        assertThatThrownBy(() -> client.rotateSecret(r -> r.secretId(name)))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("No Lambda rotation function ARN");
        assertThatThrownBy(() -> client.rotateSecret(r -> r.secretId(name)
                        .rotationLambdaARN(LAMBDA)
                        .rotationRules(rules -> rules.automaticallyAfterDays(1L).scheduleExpression("rate(1 days)"))))
                .isInstanceOf(InvalidParameterException.class);
        assertThat(client.describeSecret(r -> r.secretId(name)).rotationEnabled())
                .isNull();
    }

    @Test
    void aSecretScheduledForDeletionCannotRotate() {
        create();
        client.deleteSecret(r -> r.secretId(name));
        assertThatThrownBy(() -> client.rotateSecret(r -> r.secretId(name).rotationLambdaARN(LAMBDA)))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("marked for deletion");
    }
}
