package io.github.mocksecretsmanager.junit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

class SeedingTest {

    @Test
    void seedsFromAnnotationsAndAJsonFileArePresent() {
        EngineRuns.run(Seeded.class).testEvents().assertStatistics(stats -> stats.started(1)
                .succeeded(1));
    }

    @Test
    void aSeedWithBothValueAndBase64FailsTheClassWithAClearMessage() {
        EngineExecutionResults results = EngineRuns.run(BothValueAndBase64.class);

        results.testEvents().assertStatistics(stats -> stats.succeeded(0));
        assertThat(EngineRuns.failures(results))
                .anySatisfy(message -> assertThat(message).contains("\"twice\"", "exactly one of value and base64"));
    }

    @Test
    void aMissingSeedFileFailsTheClassWithAClearMessage() {
        EngineExecutionResults results = EngineRuns.run(MissingSeedFile.class);

        assertThat(EngineRuns.failures(results)).anySatisfy(message -> assertThat(message)
                .contains("seeds/nowhere.json", "not found on the classpath"));
    }

    @Test
    void aBadSeedFileEntryIsNamedWithoutItsValue() {
        EngineExecutionResults results = EngineRuns.run(BadSeedFile.class);

        assertThat(EngineRuns.failures(results)).anySatisfy(message -> assertThat(message)
                .contains(
                        "Seed file of " + BadSeedFile.class.getName(),
                        "/seeds/both-fields.json, line 2, column 3: secret \"broken\": both \"value\" and"
                                + " \"base64\"; give exactly one"));
        assertThat(EngineRuns.failures(results))
                .noneSatisfy(message -> assertThat(message).contains("hunter2"));
    }

    @Test
    void aMalformedBuilderSeedFileNamesTheFileThePositionAndTheSecretNeverItsValue() {
        EngineExecutionResults results = EngineRuns.run(MalformedBuilderSeedFile.class);

        results.testEvents().assertStatistics(stats -> stats.succeeded(0));
        assertThat(EngineRuns.failures(results)).anySatisfy(message -> assertThat(message)
                .contains(
                        "ExtensionConfigurationException",
                        "Seed file of " + MalformedBuilderSeedFile.class.getName(),
                        "seeds/malformed.json, line 3, column 20: secret \"typo\": unknown member \"vaule\""));
        assertThat(EngineRuns.failures(results))
                .noneSatisfy(message -> assertThat(message).contains("MALFORMED-CANARY"));
    }

    @Test
    void aNameInTheSeedFileAndInASeedAnnotationFailsTheClass() {
        EngineExecutionResults results = EngineRuns.run(SeededTwice.class);

        results.testEvents().assertStatistics(stats -> stats.succeeded(0));
        assertThat(EngineRuns.failures(results)).anySatisfy(message -> assertThat(message)
                .contains(SeededTwice.class.getName(), "the secret \"file/plain\" is seeded twice")
                .doesNotContain("plain text", "DUPLICATE-CANARY"));
    }

    @Test
    void aNameInABuilderSeedFileAndInTheBuilderFailsTheClass() {
        EngineExecutionResults results = EngineRuns.run(BuilderSeededTwice.class);

        results.testEvents().assertStatistics(stats -> stats.succeeded(0));
        assertThat(EngineRuns.failures(results)).anySatisfy(message -> assertThat(message)
                .contains(BuilderSeededTwice.class.getName(), "the secret \"file/plain\" is seeded twice")
                .doesNotContain("plain text", "DUPLICATE-CANARY"));
    }

    @Test
    void aBuilderSeedFileIsReadWhenTheClassStarts() {
        EngineRuns.run(BuilderSeedFile.class).testEvents().assertStatistics(stats -> stats.started(1)
                .succeeded(1));
    }

    @Test
    void aMissingBuilderSeedFileFailsTheClassNotItsInitializer() {
        EngineExecutionResults results = EngineRuns.run(MissingBuilderSeedFile.class);

        results.testEvents().assertStatistics(stats -> stats.succeeded(0));
        assertThat(EngineRuns.failures(results))
                .anySatisfy(message -> assertThat(message)
                        .contains("seeds/nowhere.json", "not found on the classpath", "MissingBuilderSeedFile"))
                .noneSatisfy(message -> assertThat(message).contains("ExceptionInInitializerError"));
    }

    static class BuilderSeedFile {
        @RegisterExtension
        static MockSecretsManagerExtension secretsManager = MockSecretsManagerExtension.builder()
                .seedFile("seeds/example.json")
                .seed("inline/text", "inline value")
                .build();

        @Test
        void fileAndInlineSeedsAreThere(SecretsManagerClient client) {
            assertThat(client.getSecretValue(r -> r.secretId("file/plain")).secretString())
                    .isEqualTo("plain text");
            assertThat(client.getSecretValue(r -> r.secretId("inline/text")).secretString())
                    .isEqualTo("inline value");
        }
    }

    static class MissingBuilderSeedFile {
        @RegisterExtension
        static MockSecretsManagerExtension secretsManager = MockSecretsManagerExtension.builder()
                .seedFile("seeds/nowhere.json")
                .build();

        @Test
        void neverRuns(SecretsManagerClient client) {}
    }

    @MockSecretsManager(seedFile = "seeds/example.json")
    @Seed(name = "inline/text", value = "inline value")
    @Seed(name = "inline/binary", base64 = "AAECAw==")
    static class Seeded {
        @Test
        void everySeedIsThere(SecretsManagerClient client) {
            assertThat(client.getSecretValue(r -> r.secretId("inline/text")).secretString())
                    .isEqualTo("inline value");
            assertThat(client.getSecretValue(r -> r.secretId("inline/binary")).secretBinary())
                    .isEqualTo(SdkBytes.fromByteArray(new byte[] {0, 1, 2, 3}));
            assertThat(client.getSecretValue(r -> r.secretId("file/plain")).secretString())
                    .isEqualTo("plain text");
            assertThat(client.getSecretValue(r -> r.secretId("file/json")).secretString())
                    .isEqualTo("{\"user\":\"app\",\"port\":5432}");
            assertThat(client.getSecretValue(r -> r.secretId("file/binary")).secretBinary())
                    .isEqualTo(SdkBytes.fromByteArray(new byte[] {0, 1, 2, 3}));
        }
    }

    static class MalformedBuilderSeedFile {
        @RegisterExtension
        static MockSecretsManagerExtension secretsManager = MockSecretsManagerExtension.builder()
                .seedFile("seeds/malformed.json")
                .build();

        @Test
        void neverRuns(SecretsManagerClient client) {}
    }

    @MockSecretsManager(seedFile = "seeds/example.json")
    @Seed(name = "file/plain", value = "DUPLICATE-CANARY")
    static class SeededTwice {
        @Test
        void neverRuns(SecretsManagerClient client) {}
    }

    static class BuilderSeededTwice {
        @RegisterExtension
        static MockSecretsManagerExtension secretsManager = MockSecretsManagerExtension.builder()
                .seed("file/plain", "DUPLICATE-CANARY")
                .seedFile("seeds/example.json")
                .build();

        @Test
        void neverRuns(SecretsManagerClient client) {}
    }

    @MockSecretsManager
    @Seed(name = "twice", value = "text", base64 = "AAEC")
    static class BothValueAndBase64 {
        @Test
        void neverRuns(SecretsManagerClient client) {}
    }

    @MockSecretsManager(seedFile = "seeds/nowhere.json")
    static class MissingSeedFile {
        @Test
        void neverRuns(SecretsManagerClient client) {}
    }

    @MockSecretsManager(seedFile = "/seeds/both-fields.json")
    static class BadSeedFile {
        @Test
        void neverRuns(SecretsManagerClient client) {}
    }
}
