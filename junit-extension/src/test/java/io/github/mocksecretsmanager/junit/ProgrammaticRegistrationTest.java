package io.github.mocksecretsmanager.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mocksecretsmanager.MockSecretsManagerServer;
import io.github.mocksecretsmanager.SeedSecret;
import io.github.mocksecretsmanager.ServerConfig;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
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

    /** The documented example (docs/junit5.md): serverConfig(...) after region(...) and seed(...) keeps both. */
    @Test
    void serverConfigGivenLastKeepsTheRegionAndSeedsGivenBefore() {
        EngineRuns.run(ServerConfigLast.class).testEvents().assertStatistics(stats -> stats.started(1)
                .succeeded(1));
    }

    @Test
    void theBuilderSettingsWinOverTheServerConfigWhicheverComesFirst() {
        MockSecretsManagerExtension.Builder first = MockSecretsManagerExtension.builder()
                .serverConfig(ServerConfig.builder()
                        .region("us-west-2")
                        .accountId("111122223333")
                        .versionLimit(7)
                        .seed("from/config", "c")
                        .build())
                .region("eu-west-1")
                .seed("from/builder", "b");
        MockSecretsManagerExtension.Builder last = MockSecretsManagerExtension.builder()
                .region("eu-west-1")
                .seed("from/builder", "b")
                .serverConfig(ServerConfig.builder()
                        .region("us-west-2")
                        .accountId("111122223333")
                        .versionLimit(7)
                        .seed("from/config", "c")
                        .build());

        for (MockSecretsManagerExtension.Builder builder : List.of(first, last)) {
            ServerConfig config = builder.build().registeredServerConfig();
            assertThat(config.region()).isEqualTo("eu-west-1");
            assertThat(config.accountId()).isEqualTo("111122223333");
            assertThat(config.versionLimit()).isEqualTo(7);
            assertThat(config.seeds()).extracting(SeedSecret::name).containsExactly("from/config", "from/builder");
        }
    }

    @Test
    void aSecondServerConfigFailsLoudly() {
        MockSecretsManagerExtension.Builder builder =
                MockSecretsManagerExtension.builder().serverConfig(ServerConfig.defaults());

        assertThatThrownBy(() -> builder.serverConfig(ServerConfig.defaults()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("serverConfig(...) was already given");
    }

    static class ServerConfigLast {
        static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);

        @RegisterExtension
        static MockSecretsManagerExtension secretsManager = MockSecretsManagerExtension.builder()
                .region("eu-west-1")
                .seed("db/creds", "{\"user\":\"app\"}")
                .serverConfig(
                        ServerConfig.builder().clock(CLOCK).versionLimit(100).build())
                .reset(ResetMode.NEVER)
                .build();

        @Test
        void test(MockSecretsManagerServer server, SecretsManagerClient client) {
            assertThat(server.region()).isEqualTo("eu-west-1");
            assertThat(server.config().versionLimit()).isEqualTo(100);
            assertThat(server.config().clock()).isSameAs(CLOCK);
            assertThat(client.getSecretValue(r -> r.secretId("db/creds")).secretString())
                    .isEqualTo("{\"user\":\"app\"}");
        }
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
