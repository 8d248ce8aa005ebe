package io.github.mocksecretsmanager.junit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mocksecretsmanager.MockSecretsManagerServer;
import io.github.mocksecretsmanager.model.SecretSnapshot;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

class ResetModeTest {

    @Test
    void byDefaultEachTestStartsFromTheSeedsAlone() {
        EngineRuns.run(DefaultReset.class).testEvents().assertStatistics(stats -> stats.started(2)
                .succeeded(2));
    }

    @Test
    void withResetNeverSecretsAccumulateOverTheClass() {
        EngineRuns.run(NeverReset.class).testEvents().assertStatistics(stats -> stats.started(2)
                .succeeded(2));
    }

    @MockSecretsManager
    @Seed(name = "seeded", value = "original")
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    static class DefaultReset {
        @Test
        @Order(1)
        void changesState(SecretsManagerClient client) {
            client.createSecret(r -> r.name("temporary").secretString("x"));
            client.putSecretValue(r -> r.secretId("seeded").secretString("changed"));
        }

        @Test
        @Order(2)
        void seesOnlyTheSeeds(SecretsManagerClient client, MockSecretsManagerServer server) {
            assertThat(server.secrets()).extracting(SecretSnapshot::name).containsExactly("seeded");
            assertThat(server.secret("seeded").orElseThrow().versions()).hasSize(1);
            assertThat(client.getSecretValue(r -> r.secretId("seeded")).secretString())
                    .isEqualTo("original");
        }
    }

    @MockSecretsManager(reset = ResetMode.NEVER)
    @Seed(name = "seeded", value = "original")
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    static class NeverReset {
        @Test
        @Order(1)
        void changesState(SecretsManagerClient client) {
            client.createSecret(r -> r.name("temporary").secretString("x"));
            client.putSecretValue(r -> r.secretId("seeded").secretString("changed"));
        }

        @Test
        @Order(2)
        void seesWhatTheFirstTestDid(SecretsManagerClient client, MockSecretsManagerServer server) {
            assertThat(server.secrets()).extracting(SecretSnapshot::name).containsExactly("seeded", "temporary");
            assertThat(client.getSecretValue(r -> r.secretId("seeded")).secretString())
                    .isEqualTo("changed");
        }
    }
}
