package io.github.mocksecretsmanager.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mocksecretsmanager.testsupport.ServerTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.secretsmanager.model.DescribeSecretResponse;
import software.amazon.awssdk.services.secretsmanager.model.InvalidRequestException;
import software.amazon.awssdk.services.secretsmanager.model.ResourceExistsException;
import software.amazon.awssdk.services.secretsmanager.model.ResourceNotFoundException;
import software.amazon.awssdk.services.secretsmanager.model.UpdateSecretResponse;

/** UpdateSecret through the real SDK. */
class UpdateSecretTest extends ServerTest {

    private String create(String value) {
        return client.createSecret(r -> r.name(name).secretString(value)).versionId();
    }

    @Test
    void aValueBecomesTheNewCurrentVersion() {
        String v1 = create("v1");
        String token = token();
        UpdateSecretResponse response =
                client.updateSecret(r -> r.secretId(name).secretString("v2").clientRequestToken(token));

        assertThat(response.versionId()).isEqualTo(token);
        assertThat(response.name()).isEqualTo(name);
        assertThat(client.getSecretValue(r -> r.secretId(name)).secretString()).isEqualTo("v2");
        assertThat(client.describeSecret(r -> r.secretId(name)).versionIdsToStages())
                .containsOnly(Map.entry(v1, List.of("AWSPREVIOUS")), Map.entry(token, List.of("AWSCURRENT")));
    }

    @Test
    void aBinaryValueIsStoredAsBinary() {
        create("v1");
        client.updateSecret(r -> r.secretId(name).secretBinary(SdkBytes.fromUtf8String("bin")));

        assertThat(client.getSecretValue(r -> r.secretId(name)).secretBinary().asUtf8String())
                .isEqualTo("bin");
    }

    @Test
    void theSameTokenAndValueIsIdempotentAndAnotherValueIsRejected() {
        create("v1");
        String token = token();
        client.updateSecret(r -> r.secretId(name).secretString("v2").clientRequestToken(token));
        UpdateSecretResponse retry =
                client.updateSecret(r -> r.secretId(name).secretString("v2").clientRequestToken(token));

        assertThat(retry.versionId()).isEqualTo(token);
        assertThat(client.listSecretVersionIds(r -> r.secretId(name).includeDeprecated(true))
                        .versions())
                .hasSize(2);
        assertThatThrownBy(() -> client.updateSecret(
                        r -> r.secretId(name).secretString("v3").clientRequestToken(token)))
                .isInstanceOf(ResourceExistsException.class)
                .hasMessageContaining("You can't use ClientRequestToken " + token);
    }

    @Test
    void descriptionAloneMakesNoVersion() {
        String v1 = create("v1");
        UpdateSecretResponse response =
                client.updateSecret(r -> r.secretId(name).description("new text"));

        assertThat(response.versionId()).isNull();
        DescribeSecretResponse described = client.describeSecret(r -> r.secretId(name));
        assertThat(described.description()).isEqualTo("new text");
        assertThat(described.versionIdsToStages()).containsOnlyKeys(v1);
    }

    @Test
    void anEmptyDescriptionRemovesItAndTheKmsKeyIsRecorded() {
        client.createSecret(r -> r.name(name).secretString("v1").description("old"));
        client.updateSecret(r -> r.secretId(name).description("").kmsKeyId("alias/other"));

        DescribeSecretResponse described = client.describeSecret(r -> r.secretId(name));
        assertThat(described.description()).isNull();
        assertThat(described.kmsKeyId()).isEqualTo("alias/other");
    }

    @Test
    void aSecretScheduledForDeletionCannotBeUpdated() {
        create("v1");
        client.deleteSecret(r -> r.secretId(name));
        assertThatThrownBy(() -> client.updateSecret(r -> r.secretId(name).secretString("v2")))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("marked for deletion");
    }

    @Test
    void anUnknownSecretIsNotFound() {
        assertThatThrownBy(() -> client.updateSecret(r -> r.secretId(name).description("d")))
                .isInstanceOf(ResourceNotFoundException.class)
                .hasMessageContaining("Secrets Manager can't find the specified secret.");
    }
}
