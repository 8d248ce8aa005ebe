package io.github.mocksecretsmanager.junit;

import io.github.mocksecretsmanager.MockSecretsManagerServer;
import java.net.URI;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerAsyncClient;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

class FieldInjectionTest {

    @Test
    void staticAndInstanceFieldsOfEverySupportedTypeAreFilled() {
        EngineRuns.run(AllFields.class).testEvents().assertStatistics(stats -> stats.started(1)
                .succeeded(1));
    }

    @MockSecretsManager
    static class AllFields {
        @InjectSecretsManager
        static SecretsManagerClient staticClient;

        @InjectSecretsManager
        static SecretsManagerAsyncClient staticAsyncClient;

        @InjectSecretsManager
        static MockSecretsManagerServer staticServer;

        @InjectSecretsManager
        static URI staticEndpoint;

        @InjectSecretsManager
        SecretsManagerClient client;

        @InjectSecretsManager
        private SecretsManagerAsyncClient asyncClient;

        @InjectSecretsManager
        MockSecretsManagerServer server;

        @InjectSecretsManager
        URI endpoint;

        @BeforeAll
        static void staticFieldsAreSetBeforeBeforeAll() {
            Assertions.assertThat(staticServer).isNotNull();
            staticClient.createSecret(r -> r.name("x").secretString("v"));
        }

        @Test
        void everyFieldPointsAtTheSameServer() {
            Assertions.assertThat(server).isSameAs(staticServer);
            Assertions.assertThat(client).isSameAs(staticClient);
            Assertions.assertThat(asyncClient).isSameAs(staticAsyncClient);
            Assertions.assertThat(endpoint).isEqualTo(staticEndpoint).isEqualTo(server.endpoint());
            asyncClient.createSecret(r -> r.name("y").secretString("v")).join();
            Assertions.assertThat(client.describeSecret(r -> r.secretId("y")).name())
                    .isEqualTo("y");
        }
    }
}
