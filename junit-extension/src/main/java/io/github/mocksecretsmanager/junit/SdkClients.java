package io.github.mocksecretsmanager.junit;

import io.github.mocksecretsmanager.Credentials;
import io.github.mocksecretsmanager.MockSecretsManagerServer;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.async.SdkAsyncHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerAsyncClient;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

/**
 * Builds AWS SDK v2 clients for a server. The only class that names SDK types, and it is loaded
 * only when a client is asked for, so the extension works without the SDK on the classpath.
 */
final class SdkClients {

    private SdkClients() {}

    /** A sync client; it and its HTTP client go to {@code closeLater}, in the order to close them. */
    static SecretsManagerClient sync(MockSecretsManagerServer server, Consumer<AutoCloseable> closeLater) {
        SdkHttpClient http = HttpClients.sync(HttpClients.CLASSPATH);
        SecretsManagerClient client = pointedAt(SecretsManagerClient.builder(), server)
                .httpClient(http)
                .build();
        closeLater.accept(client);
        closeLater.accept(http);
        return client;
    }

    /** An async client; it and its HTTP client go to {@code closeLater}, in the order to close them. */
    static SecretsManagerAsyncClient async(MockSecretsManagerServer server, Consumer<AutoCloseable> closeLater) {
        HttpClients.requireAsync(HttpClients.CLASSPATH);
        List<AutoCloseable> httpResources = new ArrayList<>();
        SdkAsyncHttpClient http = HttpClients.async(HttpClients.CLASSPATH, httpResources::add);
        SecretsManagerAsyncClient client = pointedAt(SecretsManagerAsyncClient.builder(), server)
                .httpClient(http)
                .build();
        closeLater.accept(client);
        httpResources.forEach(closeLater);
        return client;
    }

    /** Endpoint, region and credentials of {@code server}, for a sync or an async client builder. */
    private static <B extends AwsClientBuilder<B, ?>> B pointedAt(B builder, MockSecretsManagerServer server) {
        return builder.endpointOverride(server.endpoint())
                .region(Region.of(server.region()))
                .credentialsProvider(credentials(server));
    }

    private static StaticCredentialsProvider credentials(MockSecretsManagerServer server) {
        Credentials keys = MockSecretsManagerExtension.clientCredentials(server);
        return StaticCredentialsProvider.create(AwsBasicCredentials.create(keys.accessKeyId(), keys.secretAccessKey()));
    }
}
