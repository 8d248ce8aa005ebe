package io.github.mocksecretsmanager.testcontainers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.secretsmanager.model.ResourceNotFoundException;

/** Two containers at once: own ports, own state. */
@RequiresDocker
@Testcontainers
class SideBySideIT {

    @Container
    static SecretsManagerContainer first = new SecretsManagerContainer().withSecret("shared/name", "first");

    @Container
    static SecretsManagerContainer second =
            new SecretsManagerContainer().withRegion("ap-southeast-2").withSecret("shared/name", "second");

    @Test
    void eachContainerHasItsOwnPortAndSecrets() {
        assertThat(first.getEndpoint()).isNotEqualTo(second.getEndpoint());
        try (SecretsManagerClient one = SdkClients.forContainer(first);
                SecretsManagerClient two = SdkClients.forContainer(second)) {
            assertThat(one.getSecretValue(r -> r.secretId("shared/name")).secretString())
                    .isEqualTo("first");
            assertThat(two.getSecretValue(r -> r.secretId("shared/name")).arn())
                    .startsWith("arn:aws:secretsmanager:ap-southeast-2:");

            one.createSecret(r -> r.name("only/in/first").secretString("x"));
            assertThat(one.describeSecret(r -> r.secretId("only/in/first")).name())
                    .isEqualTo("only/in/first");
            assertThatThrownBy(() -> two.describeSecret(r -> r.secretId("only/in/first")))
                    .isInstanceOf(ResourceNotFoundException.class);
            assertThat(two.getSecretValue(r -> r.secretId("shared/name")).secretString())
                    .isEqualTo("second");
        }
    }
}
