package io.github.mocksecretsmanager.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mocksecretsmanager.junit.MockSecretsManager;
import io.github.mocksecretsmanager.junit.Seed;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

/** docs/junit5.md, "Seed secrets": inline seeds and a seed file (src/test/resources/secrets/seeds.json). */
// tag::seeds[]
@MockSecretsManager(seedFile = "secrets/seeds.json")
@Seed(name = "db/creds", value = "{\"user\":\"app\"}")
@Seed(name = "tls/key", base64 = "AAECAw==") // SecretBinary
class SeedAnnotationsTest {
    @Test
    void seedsArePresent(SecretsManagerClient client) {
        assertThat(client.getSecretValue(r -> r.secretId("db/creds")).secretString())
                .isEqualTo("{\"user\":\"app\"}");
        assertThat(client.getSecretValue(r -> r.secretId("tls/key")).secretBinary())
                .isEqualTo(SdkBytes.fromByteArray(new byte[] {0, 1, 2, 3}));
        assertThat(client.getSecretValue(r -> r.secretId("app/config")).secretString())
                .isEqualTo("{\"user\":\"app\",\"port\":5432}");
    }
}
// end::seeds[]
