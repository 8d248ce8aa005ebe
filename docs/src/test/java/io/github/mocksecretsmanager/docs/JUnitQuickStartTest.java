package io.github.mocksecretsmanager.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mocksecretsmanager.junit.MockSecretsManager;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

/** The README's JUnit quick start and the first example of docs/junit5.md. */
// tag::quick-start[]
@MockSecretsManager
class JUnitQuickStartTest {
    @Test
    void putsNewVersion(SecretsManagerClient client) {
        client.createSecret(r -> r.name("db/creds").secretString("{\"user\":\"app\"}"));
        client.putSecretValue(r -> r.secretId("db/creds").secretString("{\"user\":\"rotated\"}"));

        assertThat(client.getSecretValue(r -> r.secretId("db/creds")).secretString())
                .isEqualTo("{\"user\":\"rotated\"}");
    }
}
// end::quick-start[]
