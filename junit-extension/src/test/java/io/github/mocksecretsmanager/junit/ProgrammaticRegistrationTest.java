package io.github.mocksecretsmanager.junit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mocksecretsmanager.MockSecretsManagerServer;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

class ProgrammaticRegistrationTest {

    @Test
    void aStaticRegisteredExtensionUsesTheBuilderSettings() {
        EngineRuns.run(StaticField.class).testEvents().assertStatistics(stats -> stats.started(1)
                .succeeded(1));
    }

    @Test
    void withBothAnnotationAndBuilderTheBuilderWins() {
        EngineRuns.run(AnnotationAndBuilder.class).testEvents().assertStatistics(stats -> stats.started(1)
                .succeeded(1));
    }

    @Test
    void anInstanceRegisteredExtensionStillGivesOneServerPerClass() {
        EngineExecutionResults results = EngineRuns.run(InstanceField.class);

        results.testEvents().assertStatistics(stats -> stats.started(2).succeeded(2));
        List<String> ports = EngineRuns.reported(results, "port");
        assertThat(ports).hasSize(2).containsOnly(ports.get(0));
        assertThat(EngineRuns.refusesConnections(Integer.parseInt(ports.get(0))))
                .isTrue();
    }

    static class StaticField {
        @RegisterExtension
        static MockSecretsManagerExtension secretsManager = MockSecretsManagerExtension.builder()
                .region("eu-central-1")
                .accountId("111122223333")
                .seed("db/creds", "{\"user\":\"app\"}")
                .seed("raw", new byte[] {1, 2})
                .build();

        @Test
        void test(SecretsManagerClient client) {
            assertThat(client.getSecretValue(r -> r.secretId("db/creds")).arn())
                    .startsWith("arn:aws:secretsmanager:eu-central-1:111122223333:secret:db/creds-");
        }
    }

    @MockSecretsManager(region = "us-west-2")
    static class AnnotationAndBuilder {
        @RegisterExtension
        static MockSecretsManagerExtension secretsManager =
                MockSecretsManagerExtension.builder().region("eu-north-1").build();

        @Test
        void test(MockSecretsManagerServer server, SecretsManagerClient client) {
            assertThat(server.region()).isEqualTo("eu-north-1");
            assertThat(client.serviceClientConfiguration().region().id()).isEqualTo("eu-north-1");
        }
    }

    static class InstanceField {
        @RegisterExtension
        MockSecretsManagerExtension secretsManager =
                MockSecretsManagerExtension.builder().build();

        @Test
        void first(MockSecretsManagerServer server, TestReporter reporter) {
            reporter.publishEntry("port", String.valueOf(server.port()));
        }

        @Test
        void second(MockSecretsManagerServer server, TestReporter reporter) {
            reporter.publishEntry("port", String.valueOf(server.port()));
        }
    }
}
