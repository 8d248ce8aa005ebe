package io.github.mocksecretsmanager.junit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mocksecretsmanager.MockSecretsManagerServer;
import io.github.mocksecretsmanager.model.SecretSnapshot;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

class ParallelClassesTest {

    private static final int CLASSES = 3;

    /** Every fixture waits here, so all three are provably running at the same time. */
    private static final CyclicBarrier ALL_RUNNING = new CyclicBarrier(CLASSES);

    @Test
    void classesRunningAtTheSameTimeNeverSeeEachOthersSecrets() {
        EngineExecutionResults results = EngineRuns.run(
                Map.of(
                        "junit.jupiter.execution.parallel.enabled", "true",
                        "junit.jupiter.execution.parallel.mode.default", "same_thread",
                        "junit.jupiter.execution.parallel.mode.classes.default", "concurrent",
                        "junit.jupiter.execution.parallel.config.strategy", "fixed",
                        "junit.jupiter.execution.parallel.config.fixed.parallelism", String.valueOf(CLASSES)),
                ClassA.class,
                ClassB.class,
                ClassC.class);

        results.testEvents().assertStatistics(stats -> stats.started(CLASSES).succeeded(CLASSES));
    }

    static void createSeeAndCheckIsolation(String owner, MockSecretsManagerServer server, SecretsManagerClient client)
            throws Exception {
        client.createSecret(r -> r.name("only-" + owner).secretString(owner));
        client.putSecretValue(r -> r.secretId("common").secretString(owner + " was here"));
        ALL_RUNNING.await(30, TimeUnit.SECONDS);

        assertThat(server.secrets()).extracting(SecretSnapshot::name).containsExactly("common", "only-" + owner);
        assertThat(client.getSecretValue(r -> r.secretId("common")).secretString())
                .isEqualTo(owner + " was here");
        assertThat(server.secret("common").orElseThrow().versions()).hasSize(2);
        ALL_RUNNING.await(30, TimeUnit.SECONDS);
    }

    @MockSecretsManager
    @Seed(name = "common", value = "seed")
    static class ClassA {
        @Test
        void test(MockSecretsManagerServer server, SecretsManagerClient client) throws Exception {
            createSeeAndCheckIsolation("A", server, client);
        }
    }

    @MockSecretsManager
    @Seed(name = "common", value = "seed")
    static class ClassB {
        @Test
        void test(MockSecretsManagerServer server, SecretsManagerClient client) throws Exception {
            createSeeAndCheckIsolation("B", server, client);
        }
    }

    @MockSecretsManager
    @Seed(name = "common", value = "seed")
    static class ClassC {
        @Test
        void test(MockSecretsManagerServer server, SecretsManagerClient client) throws Exception {
            createSeeAndCheckIsolation("C", server, client);
        }
    }
}
