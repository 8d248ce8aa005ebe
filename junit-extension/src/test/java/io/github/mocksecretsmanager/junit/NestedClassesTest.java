package io.github.mocksecretsmanager.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mocksecretsmanager.MockSecretsManagerServer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestClassOrder;
import org.junit.jupiter.api.TestReporter;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.secretsmanager.model.ResourceNotFoundException;

class NestedClassesTest {

    @Test
    void nestedClassSharesTheEnclosingServerUnlessItDeclaresItsOwnConfiguration() {
        EngineExecutionResults results = EngineRuns.run(Outer.class);

        results.testEvents().assertStatistics(stats -> stats.started(3).succeeded(3));
        String outer = EngineRuns.reported(results, "outer").get(0);
        String own = EngineRuns.reported(results, "own").get(0);
        String shared = EngineRuns.reported(results, "shared").get(0);
        assertThat(shared).as("the plain @Nested class uses the outer server").isEqualTo(outer);
        assertThat(own).as("the @Nested class with its own configuration").isNotEqualTo(outer);
        assertThat(EngineRuns.refusesConnections(Integer.parseInt(outer))).isTrue();
        assertThat(EngineRuns.refusesConnections(Integer.parseInt(own))).isTrue();
    }

    @MockSecretsManager(reset = ResetMode.NEVER)
    @TestClassOrder(ClassOrderer.OrderAnnotation.class)
    static class Outer {

        @BeforeAll
        static void createOuterSecret(MockSecretsManagerServer server) {
            server.createSecret("outer-only", "from the outer class");
        }

        @Test
        void outer(MockSecretsManagerServer server, TestReporter reporter) {
            reporter.publishEntry("outer", String.valueOf(server.port()));
        }

        /** Runs first: its server must stop without stopping the outer one. */
        @Nested
        @Order(1)
        @MockSecretsManager(region = "eu-west-1")
        class OwnServer {
            @Test
            void own(MockSecretsManagerServer server, SecretsManagerClient client, TestReporter reporter) {
                assertThat(server.region()).isEqualTo("eu-west-1");
                assertThatThrownBy(() -> client.getSecretValue(r -> r.secretId("outer-only")))
                        .isInstanceOf(ResourceNotFoundException.class);
                reporter.publishEntry("own", String.valueOf(server.port()));
            }
        }

        @Nested
        @Order(2)
        class Shared {
            @Test
            void shared(MockSecretsManagerServer server, SecretsManagerClient client, TestReporter reporter) {
                assertThat(client.getSecretValue(r -> r.secretId("outer-only")).secretString())
                        .isEqualTo("from the outer class");
                reporter.publishEntry("shared", String.valueOf(server.port()));
            }
        }
    }
}
