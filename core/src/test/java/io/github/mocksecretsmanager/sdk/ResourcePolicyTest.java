package io.github.mocksecretsmanager.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mocksecretsmanager.testsupport.ServerTest;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.secretsmanager.model.GetResourcePolicyResponse;
import software.amazon.awssdk.services.secretsmanager.model.MalformedPolicyDocumentException;
import software.amazon.awssdk.services.secretsmanager.model.PublicPolicyException;
import software.amazon.awssdk.services.secretsmanager.model.ResourceNotFoundException;
import software.amazon.awssdk.services.secretsmanager.model.ValidateResourcePolicyResponse;
import software.amazon.awssdk.services.secretsmanager.model.ValidationErrorsEntry;

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

        // The message is AWS's, recorded in awsdocs/aws-cloudformation-user-guide#623 (a wrong Version).
        assertThatThrownBy(() -> client.putResourcePolicy(r -> r.secretId(name).resourcePolicy("{not json")))
                .isInstanceOf(MalformedPolicyDocumentException.class)
                .hasMessageStartingWith("This policy has invalid syntax.");
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

    /** Public: everyone may read the secret (LocalStack's test_resource_policy stores this one without BlockPublicPolicy). */
    private static final String PUBLIC = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
            + "\"Principal\":\"*\",\"Action\":\"secretsmanager:GetSecretValue\",\"Resource\":\"*\"}]}";

    @Test
    void documentsThatBreakTheIamGrammarAreMalformed() {
        client.createSecret(r -> r.name(name).secretString("v1"));
        String statement = "\"Principal\":{\"AWS\":\"arn:aws:iam::123456789012:root\"},"
                + "\"Action\":\"secretsmanager:GetSecretValue\",\"Resource\":\"*\"";
        for (String policy : new String[] {
            // The Version of awsdocs/aws-cloudformation-user-guide#623, recorded as invalid syntax.
            "{\"Version\":\"2019-10-19\",\"Statement\":[{\"Effect\":\"Allow\"," + statement + "}]}",
            "{\"Version\":\"2012-10-17\"}",
            "{\"Version\":\"2012-10-17\",\"Statement\":[]}",
            "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Permit\"," + statement + "}]}",
            "{\"Version\":\"2012-10-17\",\"Statement\":{\"Effect\":\"Allow\",\"Action\":\"*\",\"Resource\":\"*\"}}",
            "{\"Version\":\"2012-10-17\",\"Statement\":{\"Effect\":\"Allow\",\"Principal\":\"*\",\"Resource\":\"*\"}}",
            "{\"Version\":\"2012-10-17\",\"Statement\":{\"Effect\":\"Allow\",\"Principal\":\"*\",\"Action\":\"*\"}}",
            "{\"Version\":\"2012-10-17\",\"Statement\":{\"Effect\":\"Allow\",\"Principal\":{\"Robot\":\"x\"},"
                    + "\"Action\":\"*\",\"Resource\":\"*\"}}",
            "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\"," + statement
                    + ",\"Condition\":{\"StringSortOf\":{\"aws:PrincipalAccount\":\"123456789012\"}}}]}",
            "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\"," + statement + ",\"Colour\":\"red\"}]}"
        }) {
            assertThatThrownBy(
                            () -> client.putResourcePolicy(r -> r.secretId(name).resourcePolicy(policy)))
                    .as(policy)
                    .isInstanceOf(MalformedPolicyDocumentException.class);
            assertThatThrownBy(() -> client.validateResourcePolicy(r -> r.resourcePolicy(policy)))
                    .as(policy)
                    .isInstanceOf(MalformedPolicyDocumentException.class);
        }
        assertThat(client.getResourcePolicy(r -> r.secretId(name)).resourcePolicy())
                .isNull();
    }

    @Test
    void theGrammarsOptionalPartsAreAccepted() {
        client.createSecret(r -> r.name(name).secretString("v1"));
        String policy = "{\"Version\":\"2008-10-17\",\"Id\":\"p1\",\"Statement\":{\"Sid\":\"ReadFromRole\","
                + "\"Effect\":\"Deny\",\"NotPrincipal\":{\"AWS\":[\"arn:aws:iam::123456789012:role/app\"]},"
                + "\"NotAction\":[\"secretsmanager:Describe*\",\"secretsmanager:List*\"],\"NotResource\":\"*\","
                + "\"Condition\":{\"ForAnyValue:StringLikeIfExists\":{\"aws:PrincipalTag/team\":[\"a*\",\"b\"]},"
                + "\"Bool\":{\"aws:SecureTransport\":false},\"Null\":{\"aws:TokenIssueTime\":\"true\"}}}}";
        client.putResourcePolicy(r -> r.secretId(name).resourcePolicy(policy).blockPublicPolicy(true));
        assertThat(client.getResourcePolicy(r -> r.secretId(name)).resourcePolicy())
                .isEqualTo(policy);
    }

    @Test
    void blockPublicPolicyRefusesAPolicyThatGrantsEveryone() {
        client.createSecret(r -> r.name(name).secretString("v1"));
        String awsStar = PUBLIC.replace("\"Principal\":\"*\"", "\"Principal\":{\"AWS\":[\"*\"]}");

        assertThatThrownBy(() -> client.putResourcePolicy(
                        r -> r.secretId(name).resourcePolicy(PUBLIC).blockPublicPolicy(true)))
                .isInstanceOf(PublicPolicyException.class)
                .hasMessageContaining("BlockPublicPolicy");
        assertThatThrownBy(() -> client.putResourcePolicy(
                        r -> r.secretId(name).resourcePolicy(awsStar).blockPublicPolicy(true)))
                .isInstanceOf(PublicPolicyException.class);
        assertThat(client.getResourcePolicy(r -> r.secretId(name)).resourcePolicy())
                .isNull();

        // Without BlockPublicPolicy (the default) it is stored: LocalStack's test_resource_policy, recorded against
        // AWS.
        client.putResourcePolicy(r -> r.secretId(name).resourcePolicy(PUBLIC));
        assertThat(client.getResourcePolicy(r -> r.secretId(name)).resourcePolicy())
                .isEqualTo(PUBLIC);

        // A condition on the caller's account makes the wildcard principal private.
        String restricted = PUBLIC.replace(
                "\"Resource\":\"*\"",
                "\"Resource\":\"*\",\"Condition\":{\"StringEquals\":{\"aws:PrincipalAccount\":\"123456789012\"}}");
        client.putResourcePolicy(
                r -> r.secretId(name).resourcePolicy(restricted).blockPublicPolicy(true));
        assertThat(client.getResourcePolicy(r -> r.secretId(name)).resourcePolicy())
                .isEqualTo(restricted);

        // Denying everyone is not access.
        String deny = PUBLIC.replace("Allow", "Deny");
        client.putResourcePolicy(r -> r.secretId(name).resourcePolicy(deny).blockPublicPolicy(true));
        assertThat(client.getResourcePolicy(r -> r.secretId(name)).resourcePolicy())
                .isEqualTo(deny);
    }

    @Test
    void validationReportsBroadAccess() {
        ValidateResourcePolicyResponse response = client.validateResourcePolicy(r -> r.resourcePolicy(PUBLIC));

        assertThat(response.policyValidationPassed()).isFalse();
        assertThat(response.validationErrors()).hasSize(1);
        ValidationErrorsEntry error = response.validationErrors().get(0);
        assertThat(error.checkName()).isEqualTo("BROAD_ACCESS");
        assertThat(error.errorMessage()).contains("Principal \"*\"");
    }
}
