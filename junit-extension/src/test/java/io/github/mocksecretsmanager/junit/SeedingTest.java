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
                .contains("seeds/both-fields.json", "\"broken\"", "exactly one of")
                .doesNotContain("hunter2"));
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
