package io.github.mocksecretsmanager.junit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mocksecretsmanager.MockSecretsManagerServer;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestClassOrder;
import org.junit.jupiter.api.TestReporter;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.parallel.Resources;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

@ResourceLock(Resources.SYSTEM_PROPERTIES)
class SystemPropertyExportTest {

    private final Map<String, String> saved = new HashMap<>();

    @BeforeEach
    void setPreviousValues() {
        SystemPropertyExports.NAMES.forEach(name -> saved.put(name, System.getProperty(name)));
        System.clearProperty("aws.endpointUrlSecretsManager");
        System.setProperty("aws.region", "sa-east-1");
        System.setProperty("aws.sessionToken", "leftover-token");
    }

    @AfterEach
    void restoreSavedValues() {
        saved.forEach((name, value) -> {
            if (value == null) {
                System.clearProperty(name);
            } else {
                System.setProperty(name, value);
            }
        });
    }

    @Test
    void codeBuildingItsOwnClientReachesTheServerAndPreviousValuesComeBackAfterTheClass() {
        EngineExecutionResults results = EngineRuns.run(Exporting.class);

        results.testEvents().assertStatistics(stats -> stats.started(3).succeeded(3));
        assertThat(System.getProperty("aws.endpointUrlSecretsManager")).isNull();
        assertThat(System.getProperty("aws.region")).isEqualTo("sa-east-1");
        assertThat(System.getProperty("aws.sessionToken")).isEqualTo("leftover-token");
    }

    @Test
    void exportingClassesNeverRunAtTheSameTime() {
        EngineExecutionResults results = EngineRuns.run(
                Map.of(
                        "junit.jupiter.execution.parallel.enabled", "true",
                        "junit.jupiter.execution.parallel.mode.default", "concurrent",
                        "junit.jupiter.execution.parallel.config.strategy", "fixed",
                        "junit.jupiter.execution.parallel.config.fixed.parallelism", "2"),
                ExportingA.class,
                ExportingB.class);

        results.testEvents().assertStatistics(stats -> stats.started(4).succeeded(4));
        assertThat(System.getProperty("aws.region")).isEqualTo("sa-east-1");
    }

    @Test
    void onlyExportingClassesTakeTheSystemPropertiesLock() {
        SystemPropertiesLock provider = new SystemPropertiesLock();

        assertThat(provider.provideForClass(ExportingA.class))
                .extracting(lock -> lock.getKey())
                .containsExactly(Resources.SYSTEM_PROPERTIES);
        assertThat(provider.provideForClass(NotExporting.class)).isEmpty();
    }

    /** What application code does: a client with no endpoint, region or credentials of its own. */
    static String readWithOwnClient(String secretId) {
        try (SecretsManagerClient own = SecretsManagerClient.builder()
                .httpClient(UrlConnectionHttpClient.create())
                .build()) {
            return own.getSecretValue(r -> r.secretId(secretId)).secretString();
        }
    }

    @MockSecretsManager(exportSystemProperties = true)
    @Seed(name = "app/config", value = "outer")
    @TestClassOrder(ClassOrderer.OrderAnnotation.class)
    static class Exporting {
        @Test
        void propertiesPointAtTheServer(MockSecretsManagerServer server) {
            assertThat(System.getProperty("aws.endpointUrlSecretsManager"))
                    .isEqualTo(server.endpoint().toString());
            assertThat(System.getProperty("aws.region")).isEqualTo("us-east-1");
            assertThat(System.getProperty("aws.accessKeyId")).isEqualTo("test");
            assertThat(System.getProperty("aws.sessionToken")).isNull();
            assertThat(readWithOwnClient("app/config")).isEqualTo("outer");
        }

        @Nested
        @Order(1)
        @MockSecretsManager(exportSystemProperties = true, region = "eu-west-1")
        @Seed(name = "app/config", value = "nested")
        class NestedWithItsOwnServer {
            @Test
            void propertiesPointAtTheNestedServer() {
                assertThat(System.getProperty("aws.region")).isEqualTo("eu-west-1");
                assertThat(readWithOwnClient("app/config")).isEqualTo("nested");
            }
        }

        @Nested
        @Order(2)
        class NestedAfterwards {
            @Test
            void propertiesPointAtTheOuterServerAgain() {
                assertThat(System.getProperty("aws.region")).isEqualTo("us-east-1");
                assertThat(readWithOwnClient("app/config")).isEqualTo("outer");
            }
        }
    }

    @MockSecretsManager(exportSystemProperties = true)
    static class ExportingA {
        @Test
        void first(MockSecretsManagerServer server, TestReporter reporter) {
            server.createSecret("mine", "A");
            assertThat(readWithOwnClient("mine")).isEqualTo("A");
        }

        @Test
        void second(MockSecretsManagerServer server) {
            server.createSecret("mine", "A");
            assertThat(readWithOwnClient("mine")).isEqualTo("A");
        }
    }

    @MockSecretsManager(exportSystemProperties = true)
    static class ExportingB {
        @Test
        void first(MockSecretsManagerServer server) {
            server.createSecret("mine", "B");
            assertThat(readWithOwnClient("mine")).isEqualTo("B");
        }

        @Test
        void second(MockSecretsManagerServer server) {
            server.createSecret("mine", "B");
            assertThat(readWithOwnClient("mine")).isEqualTo("B");
        }
    }

    @MockSecretsManager
    static class NotExporting {}
}
