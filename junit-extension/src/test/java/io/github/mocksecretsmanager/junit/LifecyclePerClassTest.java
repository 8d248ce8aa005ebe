package io.github.mocksecretsmanager.junit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mocksecretsmanager.MockSecretsManagerServer;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerAsyncClient;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

class LifecyclePerClassTest {

    @Test
    void eachClassGetsOneServerForAllItsTestsAndReleasesPortAndThreadsAfterwards() {
        Set<Thread> before = Thread.getAllStackTraces().keySet();

        EngineExecutionResults results = EngineRuns.run(TwoTests.class, AnotherClass.class);

        results.testEvents().assertStatistics(stats -> stats.started(3).succeeded(3));
        List<String> twoTestsPorts = EngineRuns.reported(results, "TwoTests");
        List<String> otherPorts = EngineRuns.reported(results, "AnotherClass");
        assertThat(twoTestsPorts).hasSize(2).containsOnly(twoTestsPorts.get(0));
        assertThat(otherPorts).hasSize(1).doesNotContain(twoTestsPorts.get(0));
        for (String port : List.of(twoTestsPorts.get(0), otherPorts.get(0))) {
            assertThat(EngineRuns.refusesConnections(Integer.parseInt(port)))
                    .as("port %s after the class", port)
                    .isTrue();
        }
        Set<String> leaked = Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> !before.contains(thread))
                .filter(thread -> isServerOrClientThread(thread.getName()))
                .filter(LifecyclePerClassTest::stillRunning)
                .map(Thread::getName)
                .collect(Collectors.toSet());
        assertThat(leaked).as("threads left by servers and clients").isEmpty();
    }

    private static boolean isServerOrClientThread(String name) {
        return name.startsWith("XNIO") || name.contains("aws") || name.contains("sdk");
    }

    /** A thread whose work is done may take a moment to end; it may not keep running. */
    private static boolean stillRunning(Thread thread) {
        try {
            thread.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return thread.isAlive();
    }

    @MockSecretsManager
    static class TwoTests {
        @Test
        void first(MockSecretsManagerServer server, SecretsManagerClient client, TestReporter reporter) {
            client.createSecret(r -> r.name("first").secretString("v"));
            reporter.publishEntry("TwoTests", String.valueOf(server.port()));
        }

        @Test
        void second(MockSecretsManagerServer server, SecretsManagerAsyncClient client, TestReporter reporter) {
            assertThat(client.listSecretVersionIds(r -> r.secretId("missing"))
                            .handle((ok, error) -> error)
                            .join())
                    .isNotNull();
            reporter.publishEntry("TwoTests", String.valueOf(server.port()));
        }
    }

    @MockSecretsManager
    static class AnotherClass {
        @Test
        void only(MockSecretsManagerServer server, TestReporter reporter) {
            reporter.publishEntry("AnotherClass", String.valueOf(server.port()));
        }
    }
}
