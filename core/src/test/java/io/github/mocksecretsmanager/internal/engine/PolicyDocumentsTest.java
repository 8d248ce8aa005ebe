package io.github.mocksecretsmanager.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The IAM grammar check and the broad-access rule of resource policies. */
class PolicyDocumentsTest {

    private static String policy(String statement) {
        return "{\"Version\":\"2012-10-17\",\"Statement\":[" + statement + "]}";
    }

    private static final String ACTION_RESOURCE = "\"Action\":\"secretsmanager:*\",\"Resource\":\"*\"";

    @Test
    void broadAccessNeedsAllowEveryoneAndNoConditionOnTheCaller() {
        assertThat(PolicyDocuments.isPublic(
                        policy("{\"Effect\":\"Allow\",\"Principal\":\"*\"," + ACTION_RESOURCE + "}")))
                .isTrue();
        assertThat(PolicyDocuments.isPublic(
                        policy("{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"*\"}," + ACTION_RESOURCE + "}")))
                .isTrue();
        assertThat(PolicyDocuments.isPublic(
                        policy("{\"Effect\":\"Allow\",\"NotPrincipal\":{\"AWS\":\"arn:aws:iam::1:root\"},"
                                + ACTION_RESOURCE + "}")))
                .isTrue();
        assertThat(PolicyDocuments.isPublic(policy("{\"Effect\":\"Allow\",\"Principal\":\"*\"," + ACTION_RESOURCE
                        + ",\"Condition\":{\"StringEquals\":{\"aws:SourceAccount\":\"*\"}}}")))
                .as("a wildcard condition restricts nobody")
                .isTrue();
        assertThat(PolicyDocuments.isPublic(policy("{\"Effect\":\"Allow\",\"Principal\":\"*\"," + ACTION_RESOURCE
                        + ",\"Condition\":{\"Bool\":{\"aws:SecureTransport\":true}}}")))
                .as("a condition on the transport does not say who calls")
                .isTrue();
        assertThat(PolicyDocuments.isPublic(policy("{\"Effect\":\"Allow\",\"Principal\":\"*\"," + ACTION_RESOURCE
                        + ",\"Condition\":{\"StringEquals\":{\"aws:PrincipalOrgID\":\"o-abc\"}}}")))
                .isFalse();
        assertThat(PolicyDocuments.isPublic(
                        policy("{\"Effect\":\"Deny\",\"Principal\":\"*\"," + ACTION_RESOURCE + "}")))
                .isFalse();
        assertThat(PolicyDocuments.isPublic(
                        policy("{\"Effect\":\"Allow\",\"Principal\":{\"Service\":\"lambda.amazonaws.com\"},"
                                + ACTION_RESOURCE + "}")))
                .isFalse();
    }

    @Test
    void grammarErrorsAreMalformed() {
        for (String bad : new String[] {
            "",
            "null",
            "{}",
            "{\"Statement\":[]} trailing",
            policy("{\"Effect\":\"Allow\",\"Effect\":\"Deny\",\"Principal\":\"*\"," + ACTION_RESOURCE + "}"),
            policy("{\"Effect\":\"Allow\",\"Principal\":\"*\",\"NotPrincipal\":\"*\"," + ACTION_RESOURCE + "}"),
            policy("{\"Effect\":\"Allow\",\"Principal\":\"*\",\"Action\":\"GetSecretValue\",\"Resource\":\"*\"}"),
            policy("{\"Effect\":\"Allow\",\"Principal\":\"*\",\"Action\":[],\"Resource\":\"*\"}"),
            policy("{\"Effect\":\"Allow\",\"Principal\":\"*\",\"Action\":\"*\",\"Resource\":7}"),
            policy("{\"Effect\":\"Allow\",\"Principal\":{},\"Action\":\"*\",\"Resource\":\"*\"}"),
            policy("{\"Sid\":1,\"Effect\":\"Allow\",\"Principal\":\"*\"," + ACTION_RESOURCE + "}"),
            policy("{\"Effect\":\"Allow\",\"Principal\":\"*\"," + ACTION_RESOURCE
                    + ",\"Condition\":{\"NullIfExists\":{\"a\":\"b\"}}}"),
            policy("{\"Effect\":\"Allow\",\"Principal\":\"*\"," + ACTION_RESOURCE + ",\"Condition\":{\"Bool\":{}}}"),
            policy("{\"Effect\":\"Allow\",\"Principal\":\"*\"," + ACTION_RESOURCE
                    + ",\"Condition\":{\"Bool\":{\"a\":null}}}"),
            "{\"Version\":\"2012-10-17\",\"Id\":[],\"Statement\":{\"Effect\":\"Allow\",\"Principal\":\"*\","
                    + ACTION_RESOURCE + "}}"
        }) {
            assertThatThrownBy(() -> PolicyDocuments.isPublic(bad))
                    .as(bad)
                    .isInstanceOf(AwsException.class)
                    .hasMessage("This policy has invalid syntax.");
        }
    }
}
