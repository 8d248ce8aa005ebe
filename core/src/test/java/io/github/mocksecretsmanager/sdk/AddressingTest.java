package io.github.mocksecretsmanager.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mocksecretsmanager.testsupport.ServerTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.services.secretsmanager.model.ResourceNotFoundException;

/** A secret can be named by its name, its full ARN or its partial ARN (without the random suffix). */
class AddressingTest extends ServerTest {

    @ParameterizedTest
    @ValueSource(strings = {"plain", "with/slashes/and_+=.@-", "Valid/_+=.@-Name-a1b2", "trailing-dash-"})
    void everyFormReachesTheSameSecret(String base) {
        String secretName = base + Integer.toHexString(name.hashCode());
        String arn =
                client.createSecret(r -> r.name(secretName).secretString("v1")).arn();
        String partialArn = arn.substring(0, arn.length() - 7);

        for (String id : new String[] {secretName, arn, partialArn}) {
            assertThat(client.getSecretValue(r -> r.secretId(id)).name()).as(id).isEqualTo(secretName);
            client.putSecretValue(r -> r.secretId(id).secretString("via " + id));
            assertThat(client.getSecretValue(r -> r.secretId(secretName)).secretString())
                    .isEqualTo("via " + id);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"us-west-2", "other-account"})
    void anArnOfAnotherRegionOrAccountIsNotFound(String variant) {
        String arn = client.createSecret(r -> r.name(name).secretString("v1")).arn();
        String foreign = variant.equals("us-west-2")
                ? arn.replace(":us-east-1:", ":us-west-2:")
                : arn.replace(":123456789012:", ":210987654321:");
        assertThatThrownBy(() -> client.getSecretValue(r -> r.secretId(foreign)))
                .isInstanceOf(ResourceNotFoundException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"abcdef", "ABC123"})
    void anArnWithTheWrongSuffixIsNotFound(String suffix) {
        String arn = client.createSecret(r -> r.name(name).secretString("v1")).arn();
        String wrong = arn.substring(0, arn.length() - 6) + suffix;
        assertThatThrownBy(() -> client.getSecretValue(r -> r.secretId(wrong)))
                .isInstanceOf(ResourceNotFoundException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Name-a1b2c3"})
    void aNameEndingLikeASuffixIsReadAsAFullArnWhenGivenAsAPartialArn(String base) {
        String secretName = name + base;
        String arn =
                client.createSecret(r -> r.name(secretName).secretString("v1")).arn();
        String partialArn = arn.substring(0, arn.length() - 7);

        assertThat(client.getSecretValue(r -> r.secretId(arn)).name()).isEqualTo(secretName);
        assertThatThrownBy(() -> client.getSecretValue(r -> r.secretId(partialArn)))
                .isInstanceOf(ResourceNotFoundException.class);
    }
}
