package io.github.mocksecretsmanager.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mocksecretsmanager.ServerConfig;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import software.amazon.awssdk.core.SdkClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;

class InjectionErrorsTest {

    @Test
    void aParameterOfAnUnsupportedRelatedTypeFailsWithTheListOfSupportedTypes() {
        EngineExecutionResults results = EngineRuns.run(UnsupportedParameters.class);

        results.testEvents().assertStatistics(stats -> stats.started(3).failed(3));
        assertThat(results.testEvents().failed().stream()
                        .map(event -> event.getPayload(org.junit.platform.engine.TestExecutionResult.class)
                                .orElseThrow()
                                .getThrowable()
                                .orElseThrow()))
                .anySatisfy(error -> assertThat(error)
                        .isInstanceOf(ParameterResolutionException.class)
                        .hasMessageContaining("cannot inject software.amazon.awssdk.core.SdkClient")
                        .hasMessageContaining("SecretsManagerClient, SecretsManagerAsyncClient"))
                .anySatisfy(error -> assertThat(error)
                        .isInstanceOf(ParameterResolutionException.class)
                        .hasMessageContaining("cannot inject io.github.mocksecretsmanager.ServerConfig"))
                .anySatisfy(error -> assertThat(error)
                        .as("a supertype such as Object is left to other resolvers")
                        .hasMessageContaining("No ParameterResolver registered"));
    }

    @Test
    void anAnnotatedFieldOfAnUnsupportedTypeFailsTheClass() {
        assertThat(EngineRuns.failures(EngineRuns.run(UnsupportedField.class)))
                .anySatisfy(message -> assertThat(message)
                        .contains(ExtensionConfigurationException.class.getName(), "'endpoint'", "java.lang.String"));
    }

    @Test
    void aFinalAnnotatedFieldFailsTheClass() {
        assertThat(EngineRuns.failures(EngineRuns.run(FinalField.class)))
                .anySatisfy(message -> assertThat(message).contains("'server'", "it is final"));
    }

    @Test
    void withoutNettyTheAsyncClientNamesTheDependencyToAdd() {
        assertThatThrownBy(() -> HttpClients.requireAsync(name -> false))
                .hasMessageContaining("software.amazon.awssdk:netty-nio-client");
    }

    @Test
    void withoutAnySyncHttpClientTheMessageNamesTheDependencyToAdd() {
        assertThatThrownBy(() -> HttpClients.sync(name -> false))
                .hasMessageContaining("software.amazon.awssdk:url-connection-client");
    }

    @Test
    void theUrlConnectionClientIsPreferredOverApache() {
        Predicate<String> everything = name -> true;
        try (var http = HttpClients.sync(everything)) {
            assertThat(http).isInstanceOf(UrlConnectionHttpClient.class);
        }
    }

    @MockSecretsManager
    static class UnsupportedParameters {
        @Test
        void sdkClient(SdkClient client) {}

        @Test
        void serverConfig(ServerConfig config) {}

        @Test
        void object(Object anything) {}
    }

    @MockSecretsManager
    static class UnsupportedField {
        @InjectSecretsManager
        String endpoint;

        @Test
        void neverRuns() {}
    }

    @MockSecretsManager
    static class FinalField {
        @InjectSecretsManager
        final io.github.mocksecretsmanager.MockSecretsManagerServer server = null;

        @Test
        void neverRuns() {}
    }
}
