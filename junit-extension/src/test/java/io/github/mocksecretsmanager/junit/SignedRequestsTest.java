package io.github.mocksecretsmanager.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mocksecretsmanager.MockSecretsManagerServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.secretsmanager.model.SecretsManagerException;

/** A server that requires signed requests: injected clients carry its keys, strangers are refused. */
class SignedRequestsTest {

    @Test
    void annotationKeysAreRequiredAndUsedByInjectedClients() {
        EngineRuns.run(AnnotatedWithKeys.class).testEvents().assertStatistics(stats -> stats.started(1)
                .succeeded(1));
    }

    @Test
    void builderKeysAreRequiredAndUsedByInjectedClients() {
        EngineRuns.run(RegisteredWithKeys.class).testEvents().assertStatistics(stats -> stats.started(1)
                .succeeded(1));
    }

    @Test
    void anAccessKeyWithoutSecretKeyIsAConfigurationError() {
        assertThat(EngineRuns.failures(EngineRuns.run(HalfConfigured.class)))
                .anySatisfy(message -> assertThat(message).contains("must be given together"));
    }

    static void assertOnlyTheseKeysWork(MockSecretsManagerServer server, SecretsManagerClient injected) {
        assertThat(injected.getSecretValue(r -> r.secretId("guarded")).secretString())
                .isEqualTo("v");
        try (SecretsManagerClient stranger = SecretsManagerClient.builder()
                .endpointOverride(server.endpoint())
                .region(Region.of(server.region()))
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
                .httpClient(UrlConnectionHttpClient.create())
                .build()) {
            assertThatThrownBy(() -> stranger.getSecretValue(r -> r.secretId("guarded")))
                    .isInstanceOf(SecretsManagerException.class)
                    .hasMessageContaining("security token included in the request is invalid");
        }
    }

    @MockSecretsManager(accessKeyId = "AKIDANNOTATION", secretAccessKey = "annotation-secret")
    @Seed(name = "guarded", value = "v")
    static class AnnotatedWithKeys {
        @Test
        void test(MockSecretsManagerServer server, SecretsManagerClient client) {
            assertOnlyTheseKeysWork(server, client);
        }
    }

    static class RegisteredWithKeys {
        @RegisterExtension
        static MockSecretsManagerExtension secretsManager = MockSecretsManagerExtension.builder()
                .credentials("AKIDBUILDER", "builder-secret")
                .seed("guarded", "v")
                .build();

        @Test
        void test(MockSecretsManagerServer server, SecretsManagerClient client) {
            assertOnlyTheseKeysWork(server, client);
        }
    }

    @MockSecretsManager(accessKeyId = "AKIDONLY")
    static class HalfConfigured {
        @Test
        void test() {}
    }
}
