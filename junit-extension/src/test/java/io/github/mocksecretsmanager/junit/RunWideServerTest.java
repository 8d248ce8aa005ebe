package io.github.mocksecretsmanager.junit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mocksecretsmanager.MockSecretsManagerServer;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;
import org.junit.platform.testkit.engine.EngineExecutionResults;

class RunWideServerTest {

    @Test
    void classesWithTheSameConfigurationShareOneServerUntilTheRunEnds() {
        EngineExecutionResults results =
                EngineRuns.run(FirstSharing.class, SecondSharing.class, OtherRegionSharing.class);

        results.testEvents().assertStatistics(stats -> stats.started(3).succeeded(3));
        List<String> shared = EngineRuns.reported(results, "shared");
        String other = EngineRuns.reported(results, "other").get(0);
        assertThat(shared).hasSize(2).containsOnly(shared.get(0));
        assertThat(other).isNotEqualTo(shared.get(0));
        assertThat(EngineRuns.refusesConnections(Integer.parseInt(shared.get(0))))
                .as("stopped when the run ended")
                .isTrue();
        assertThat(EngineRuns.refusesConnections(Integer.parseInt(other))).isTrue();
    }

    @MockSecretsManager(lifecycle = ServerLifecycle.PER_RUN, reset = ResetMode.NEVER)
    static class FirstSharing {
        @Test
        void test(MockSecretsManagerServer server, TestReporter reporter) {
            server.createSecret("from-" + getClass().getSimpleName(), "v");
            reporter.publishEntry("shared", String.valueOf(server.port()));
        }
    }

    @MockSecretsManager(lifecycle = ServerLifecycle.PER_RUN, reset = ResetMode.NEVER)
    static class SecondSharing {
        @Test
        void test(MockSecretsManagerServer server, TestReporter reporter) {
            server.createSecret("from-" + getClass().getSimpleName(), "v");
            reporter.publishEntry("shared", String.valueOf(server.port()));
        }
    }

    @MockSecretsManager(lifecycle = ServerLifecycle.PER_RUN, region = "eu-west-3")
    static class OtherRegionSharing {
        @Test
        void test(MockSecretsManagerServer server, TestReporter reporter) {
            assertThat(server.secrets()).isEmpty();
            reporter.publishEntry("other", String.valueOf(server.port()));
        }
    }
}
