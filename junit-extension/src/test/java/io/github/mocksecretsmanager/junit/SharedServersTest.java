package io.github.mocksecretsmanager.junit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mocksecretsmanager.MockSecretsManagerServer;
import io.github.mocksecretsmanager.ServerConfig;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.platform.testkit.engine.EngineExecutionResults;

class SharedServersTest {

    @Test
    void equalConfigurationsShareOneServerUntilTheLastLeaseCloses() {
        ServerConfig config = ServerConfig.builder().region("eu-west-2").build();
        SharedServers.Lease first = SharedServers.lease(config);
        SharedServers.Lease second =
                SharedServers.lease(ServerConfig.builder().region("eu-west-2").build());
        try (SharedServers.Lease other = SharedServers.lease(ServerConfig.defaults())) {
            assertThat(second.server()).isSameAs(first.server());
            assertThat(other.server()).isNotSameAs(first.server());
        }
        int port = first.server().port();

        first.close();
        first.close(); // a second close gives nothing back twice
        assertThat(EngineRuns.refusesConnections(port)).isFalse();
        second.close();
        assertThat(EngineRuns.refusesConnections(port)).isTrue();
    }

    @Test
    void configurationOfAClassOrOfItsEnclosingClass() {
        assertThat(SharedServers.configOf(Annotated.class).orElseThrow().region())
                .isEqualTo("eu-west-3");
        assertThat(SharedServers.configOf(Annotated.Inner.class)).isEqualTo(SharedServers.configOf(Annotated.class));
        assertThat(SharedServers.configOf(Annotated.OwnSeeds.class)
                        .orElseThrow()
                        .seeds())
                .hasSize(1);
        assertThat(SharedServers.configOf(SharedServersTest.class)).isEmpty();
        assertThat(SharedServers.configOf(Registered.class).orElseThrow().region())
                .as("a static registered extension wins over the annotation, as in the extension")
                .isEqualTo("sa-east-1");
        assertThat(SharedServers.configOf(Registered.Inner.class)).isEqualTo(SharedServers.configOf(Registered.class));
    }

    @MockSecretsManager(region = "eu-west-3")
    static class Registered {
        @RegisterExtension
        static MockSecretsManagerExtension extension =
                MockSecretsManagerExtension.builder().region("sa-east-1").build();

        @Nested
        class Inner {}
    }

    @Test
    void claimedClassesUseTheSharedServerAndLeaveItToOtherHolders() {
        try (SharedServers.Lease held =
                SharedServers.lease(SharedServers.configOf(Claimed.class).orElseThrow())) {
            EngineExecutionResults results = EngineRuns.run(Claimed.class, NotClaimed.class);

            results.testEvents().assertStatistics(stats -> stats.started(2).succeeded(2));
            assertThat(EngineRuns.reported(results, "claimed"))
                    .containsExactly(String.valueOf(held.server().port()));
            assertThat(EngineRuns.reported(results, "own"))
                    .doesNotContain(String.valueOf(held.server().port()));
            assertThat(EngineRuns.refusesConnections(held.server().port()))
                    .as("the class gave its lease back, the server runs for the other holder")
                    .isFalse();
        }
    }

    @MockSecretsManager(region = "eu-west-3")
    static class Annotated {
        @Nested
        class Inner {}

        @Nested
        @Seed(name = "inner", value = "x")
        class OwnSeeds {}
    }

    @MarkedClassesShareServers.Shares
    @MockSecretsManager(region = "ap-south-1")
    static class Claimed {
        @Test
        void test(MockSecretsManagerServer server, TestReporter reporter) {
            reporter.publishEntry("claimed", String.valueOf(server.port()));
        }
    }

    @MockSecretsManager(region = "ap-south-1")
    static class NotClaimed {
        @Test
        void test(MockSecretsManagerServer server, TestReporter reporter) {
            reporter.publishEntry("own", String.valueOf(server.port()));
        }
    }
}
