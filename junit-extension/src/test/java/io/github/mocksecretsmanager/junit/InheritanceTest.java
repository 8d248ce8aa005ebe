package io.github.mocksecretsmanager.junit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mocksecretsmanager.MockSecretsManagerServer;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

class InheritanceTest {

    @Test
    void subclassesOfAnAnnotatedBaseEachGetAServerWithTheBaseConfiguration() {
        EngineExecutionResults results = EngineRuns.run(FirstSubclass.class, SecondSubclass.class);

        results.testEvents().assertStatistics(stats -> stats.started(2).succeeded(2));
        List<String> ports = EngineRuns.reported(results, "port");
        assertThat(ports).hasSize(2).doesNotHaveDuplicates();
    }

    @MockSecretsManager(region = "ap-south-1")
    @Seed(name = "base/seed", value = "declared on the base class")
    abstract static class AnnotatedBase {

        /** A static field in a shared base class: each subclass must get its own server's client. */
        @InjectSecretsManager
        static SecretsManagerClient client;

        @InjectSecretsManager
        static MockSecretsManagerServer server;

        @Test
        void seesTheBaseConfiguration(TestReporter reporter) {
            assertThat(server.region()).isEqualTo("ap-south-1");
            assertThat(client.getSecretValue(r -> r.secretId("base/seed")).arn())
                    .startsWith("arn:aws:secretsmanager:ap-south-1:")
                    .isEqualTo(server.secret("base/seed").orElseThrow().arn());
            reporter.publishEntry("port", String.valueOf(server.port()));
        }
    }

    static class FirstSubclass extends AnnotatedBase {}

    static class SecondSubclass extends AnnotatedBase {}
}
