package io.github.mocksecretsmanager.junit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mocksecretsmanager.MockSecretsManagerServer;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerAsyncClient;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

class ParameterInjectionTest {

    @Test
    void everySupportedTypeIsInjectedIntoConstructorLifecycleAndTestParameters() {
        EngineExecutionResults results = EngineRuns.run(AllParameters.class);

        results.testEvents().assertStatistics(stats -> stats.started(2).succeeded(2));
        List<String> clients = EngineRuns.reported(results, "client");
        assertThat(clients).as("one client per server").hasSize(2).containsOnly(clients.get(0));
    }

    @MockSecretsManager(region = "eu-central-1")
    static class AllParameters {
        private final URI endpointFromConstructor;

        AllParameters(URI endpoint) {
            this.endpointFromConstructor = endpoint;
        }

        @BeforeAll
        static void beforeAll(MockSecretsManagerServer server, SecretsManagerClient client) {
            client.createSecret(r -> r.name("from-before-all").secretString("v"));
            assertThat(server.secret("from-before-all")).isPresent();
        }

        @BeforeEach
        void beforeEach(SecretsManagerAsyncClient client) {
            client.createSecret(r -> r.name("from-before-each").secretString("v"))
                    .join();
        }

        @Test
        void syncAndAsyncClientsReachTheServer(
                SecretsManagerClient client,
                SecretsManagerAsyncClient asyncClient,
                MockSecretsManagerServer server,
                URI endpoint,
                TestReporter reporter) {
            assertThat(endpoint).isEqualTo(server.endpoint()).isEqualTo(endpointFromConstructor);
            assertThat(client.serviceClientConfiguration().endpointOverride()).contains(endpoint);
            assertThat(client.serviceClientConfiguration().region().id()).isEqualTo("eu-central-1");
            assertThat(asyncClient.serviceClientConfiguration().endpointOverride())
                    .contains(endpoint);
            // Reset before each test removed the @BeforeAll secret; @BeforeEach ran after the reset.
            assertThat(server.secret("from-before-all")).isEmpty();
            assertThat(client.getSecretValue(r -> r.secretId("from-before-each"))
                            .secretString())
                    .isEqualTo("v");
            reporter.publishEntry("client", String.valueOf(System.identityHashCode(client)));
        }

        @Test
        void sameClientInTheNextTest(SecretsManagerClient client, TestReporter reporter) {
            reporter.publishEntry("client", String.valueOf(System.identityHashCode(client)));
        }
    }
}
