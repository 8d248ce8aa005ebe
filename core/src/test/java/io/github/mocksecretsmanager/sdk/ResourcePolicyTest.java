package io.github.mocksecretsmanager.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mocksecretsmanager.testsupport.ServerTest;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.secretsmanager.model.GetResourcePolicyResponse;
import software.amazon.awssdk.services.secretsmanager.model.MalformedPolicyDocumentException;
import software.amazon.awssdk.services.secretsmanager.model.ResourceNotFoundException;
import software.amazon.awssdk.services.secretsmanager.model.ValidateResourcePolicyResponse;

/** Get/Put/Delete/ValidateResourcePolicy through the real SDK. */
class ResourcePolicyTest extends ServerTest {

    private static final String POLICY = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
            + "\"Principal\":{\"AWS\":\"arn:aws:iam::123456789012:root\"},\"Action\":\"secretsmanager:GetSecretValue\","
            + "\"Resource\":\"*\"}]}";

    @Test
    void aPolicyIsStoredReturnedAndDeleted() {
        String arn = client.createSecret(r -> r.name(name).secretString("v1")).arn();
        assertThat(client.getResourcePolicy(r -> r.secretId(name)).resourcePolicy())
                .isNull();

        assertThat(client.putResourcePolicy(
                                r -> r.secretId(name).resourcePolicy(POLICY).blockPublicPolicy(true))
                        .arn())
                .isEqualTo(arn);
        GetResourcePolicyResponse stored = client.getResourcePolicy(r -> r.secretId(arn));
        assertThat(stored.resourcePolicy()).isEqualTo(POLICY);
        assertThat(stored.name()).isEqualTo(name);

        assertThat(client.deleteResourcePolicy(r -> r.secretId(name)).name()).isEqualTo(name);
        assertThat(client.getResourcePolicy(r -> r.secretId(name)).resourcePolicy())
                .isNull();
    }

    @Test
    void aPolicyThatIsNotJsonIsRejected() {
        client.createSecret(r -> r.name(name).secretString("v1"));

        assertThatThrownBy(() -> client.putResourcePolicy(r -> r.secretId(name).resourcePolicy("{not json")))
                .isInstanceOf(MalformedPolicyDocumentException.class);
        assertThatThrownBy(() -> client.validateResourcePolicy(r -> r.resourcePolicy("[]")))
                .isInstanceOf(MalformedPolicyDocumentException.class);
        assertThat(client.getResourcePolicy(r -> r.secretId(name)).resourcePolicy())
                .isNull();
    }

    @Test
    void validationPassesForWellFormedJson() {
        ValidateResourcePolicyResponse withoutSecret = client.validateResourcePolicy(r -> r.resourcePolicy(POLICY));
        assertThat(withoutSecret.policyValidationPassed()).isTrue();
        assertThat(withoutSecret.hasValidationErrors()).isTrue();
        assertThat(withoutSecret.validationErrors()).isEmpty();

        client.createSecret(r -> r.name(name).secretString("v1"));
        assertThat(client.validateResourcePolicy(r -> r.secretId(name).resourcePolicy(POLICY))
                        .policyValidationPassed())
                .isTrue();
    }

    @Test
    void anUnknownSecretIsNotFound() {
        assertThatThrownBy(() -> client.getResourcePolicy(r -> r.secretId(name)))
                .isInstanceOf(ResourceNotFoundException.class);
        assertThatThrownBy(() -> client.putResourcePolicy(r -> r.secretId(name).resourcePolicy(POLICY)))
                .isInstanceOf(ResourceNotFoundException.class);
        assertThatThrownBy(() ->
                        client.validateResourcePolicy(r -> r.secretId(name).resourcePolicy(POLICY)))
                .isInstanceOf(ResourceNotFoundException.class);
    }
}
