package io.github.mocksecretsmanager.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import io.github.mocksecretsmanager.MockSecretsManagerServer;
import io.github.mocksecretsmanager.junit.MockSecretsManager;
import io.github.mocksecretsmanager.junit.MockSecretsManagerExtension;
import io.github.mocksecretsmanager.junit.Seed;
import io.github.mocksecretsmanager.junit.ServerLifecycle;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestReporter;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.junit.jupiter.SpringJUnitConfig;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

/**
 * Which context and which server each class gets, over several classes in one run (fixtures on a
 * fresh Jupiter engine; Spring's context cache is the JVM's, shared with the other test classes).
 */
class ContextCacheTest {

    @Test
    void equalConfigurationsShareAContextAndAServerOthersNever() {
        EngineExecutionResults results = run(Map.of(), First.class, Second.class, SameAsFirst.class);

        results.testEvents().assertStatistics(stats -> stats.started(3).succeeded(3));
        assertThat(reported(results, "username")).containsExactly("first", "second", "first");
        List<String> contexts = reported(results, "context");
        assertThat(contexts.get(0)).isEqualTo(contexts.get(2)).isNotEqualTo(contexts.get(1));
        List<String> ports = reported(results, "port");
        assertThat(ports.get(0)).isEqualTo(ports.get(2)).isNotEqualTo(ports.get(1));
    }

    @Test
    void aContextMadeBeforeTheExtensionsCallbacksUsesTheSameServer() {
        EngineExecutionResults results = run(Map.of(), PerClassInstance.class);

        results.testEvents().assertStatistics(stats -> stats.started(1).succeeded(1));
        assertThat(reported(results, "username")).containsExactly("per-class");
    }

    @Test
    void nestedClassesShareOrDeclareTheirOwn() {
        EngineExecutionResults results = run(Map.of(), Outer.class);

        results.testEvents().assertStatistics(stats -> stats.started(3).succeeded(3));
        assertThat(reported(results, "username")).containsExactlyInAnyOrder("outer", "outer", "inner");
        assertThat(reported(results, "port").stream().distinct()).hasSize(2);
    }

    @Test
    void parallelClassesAndRunWideServers() {
        EngineExecutionResults results = run(
                Map.of(
                        "junit.jupiter.execution.parallel.enabled", "true",
                        "junit.jupiter.execution.parallel.mode.classes.default", "concurrent"),
                ParallelOne.class,
                ParallelTwo.class,
                RunWide.class);

        results.testEvents().assertStatistics(stats -> stats.started(3).succeeded(3));
        assertThat(reported(results, "username")).containsExactlyInAnyOrder("one", "two", "run-wide");
    }

    @Test
    void aSpringTestWithoutBootGetsTheServersPropertiesToo() {
        EngineExecutionResults results = run(Map.of(), PlainSpring.class);

        results.testEvents().assertStatistics(stats -> stats.started(1).succeeded(1));
    }

    @Test
    void closingAContextStopsItsServerWhenNoClassHoldsIt() {
        EngineExecutionResults results = run(Map.of(), Dirtied.class);

        results.testEvents().assertStatistics(stats -> stats.started(1).succeeded(1));
        int port = Integer.parseInt(reported(results, "port").get(0));
        assertThat(refusesConnections(port)).isTrue();
    }

    @Test
    void aCachedContextKeepsItsServerAfterItsClass() {
        EngineExecutionResults results = run(Map.of(), KeptAfterClass.class);

        results.testEvents().assertStatistics(stats -> stats.started(1).succeeded(1));
        int port = Integer.parseInt(reported(results, "port").get(0));
        assertThat(refusesConnections(port)).isFalse();
    }

    @Test
    void aStaticRegisteredExtensionIsSeenByTheContext() {
        EngineExecutionResults results = run(Map.of(), Registered.class);

        results.testEvents().assertStatistics(stats -> stats.started(1).succeeded(1));
        assertThat(reported(results, "username")).containsExactly("registered");
    }

    private static EngineExecutionResults run(Map<String, String> configuration, Class<?>... fixtures) {
        return EngineTestKit.engine("junit-jupiter")
                .configurationParameters(configuration)
                .selectors(Arrays.stream(fixtures)
                        .map(fixture -> selectClass(fixture))
                        .toArray(DiscoverySelector[]::new))
                .execute();
    }

    private static List<String> reported(EngineExecutionResults results, String key) {
        return results.allEvents().reportingEntryPublished().stream()
                .map(event -> event.getPayload(ReportEntry.class).orElseThrow())
                .filter(entry -> entry.getKeyValuePairs().containsKey(key))
                .map(entry -> entry.getKeyValuePairs().get(key))
                .toList();
    }

    private static boolean refusesConnections(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 1_000);
            return false;
        } catch (IOException e) {
            return true;
        }
    }

    /** What every fixture checks and reports: the secret it read, its context, its server. */
    abstract static class Fixture {
        @Autowired
        DbProperties db;

        @Autowired
        SecretsManagerClient appClient;

        @Autowired
        ApplicationContext context;

        @Test
        void report(MockSecretsManagerServer server, TestReporter reporter) {
            assertThat(appClient.serviceClientConfiguration().endpointOverride())
                    .contains(server.endpoint());
            assertThat(appClient.getSecretValue(r -> r.secretId("app/db")).secretString())
                    .contains(db.getUsername());
            reporter.publishEntry("username", db.getUsername());
            reporter.publishEntry("context", Integer.toHexString(System.identityHashCode(context)));
            reporter.publishEntry("port", String.valueOf(server.port()));
        }
    }

    @SpringBootTest
    @MockSecretsManager
    @Seed(name = "app/db", value = "{\"username\":\"first\"}")
    static class First extends Fixture {}

    @SpringBootTest
    @MockSecretsManager
    @Seed(name = "app/db", value = "{\"username\":\"second\"}")
    static class Second extends Fixture {}

    @MockSecretsManager
    @Seed(name = "app/db", value = "{\"username\":\"first\"}")
    @SpringBootTest
    static class SameAsFirst extends Fixture {}

    /** The test instance, and with it the context, exists before any beforeAll callback. */
    @SpringBootTest
    @MockSecretsManager
    @Seed(name = "app/db", value = "{\"username\":\"per-class\"}")
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    static class PerClassInstance extends Fixture {}

    @SpringBootTest
    @MockSecretsManager
    @Seed(name = "app/db", value = "{\"username\":\"outer\"}")
    static class Outer extends Fixture {

        @Nested
        class Inherits extends Fixture {}

        @Nested
        @Seed(name = "app/db", value = "{\"username\":\"inner\"}")
        @MockSecretsManager
        class OwnSeeds extends Fixture {}
    }

    @SpringBootTest
    @MockSecretsManager
    @Seed(name = "app/db", value = "{\"username\":\"one\"}")
    static class ParallelOne extends Fixture {}

    @SpringBootTest
    @MockSecretsManager
    @Seed(name = "app/db", value = "{\"username\":\"two\"}")
    static class ParallelTwo extends Fixture {}

    @SpringBootTest
    @MockSecretsManager(lifecycle = ServerLifecycle.PER_RUN)
    @Seed(name = "app/db", value = "{\"username\":\"run-wide\"}")
    static class RunWide extends Fixture {}

    /** Spring's test framework without Spring Boot: no config import, but the properties and the server. */
    @SpringJUnitConfig(PlainSpring.Config.class)
    @MockSecretsManager(region = "eu-central-1")
    static class PlainSpring {
        @Configuration
        static class Config {}

        @Value("${spring.cloud.aws.secretsmanager.endpoint}")
        String endpoint;

        @Value("${spring.cloud.aws.secretsmanager.region}")
        String region;

        @Test
        void test(MockSecretsManagerServer server) {
            assertThat(endpoint).isEqualTo(server.endpoint().toString());
            assertThat(region).isEqualTo("eu-central-1");
        }
    }

    @SpringBootTest
    @MockSecretsManager
    @Seed(name = "app/db", value = "{\"username\":\"dirtied\"}")
    @DirtiesContext
    static class Dirtied extends Fixture {}

    @SpringBootTest
    @MockSecretsManager
    @Seed(name = "app/db", value = "{\"username\":\"kept\"}")
    static class KeptAfterClass extends Fixture {}

    @SpringBootTest
    static class Registered extends Fixture {
        @RegisterExtension
        static MockSecretsManagerExtension secretsManager = MockSecretsManagerExtension.builder()
                .region("eu-north-1")
                .seed("app/db", "{\"username\":\"registered\"}")
                .build();
    }
}
