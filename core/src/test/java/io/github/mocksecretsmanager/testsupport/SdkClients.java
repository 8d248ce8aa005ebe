package io.github.mocksecretsmanager.testsupport;

import io.github.mocksecretsmanager.MockSecretsManagerServer;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

/** Real AWS SDK v2 clients pointed at a test server. */
public final class SdkClients {

    private SdkClients() {}

    public static SecretsManagerClient syncClient(MockSecretsManagerServer server) {
        return SecretsManagerClient.builder()
                .endpointOverride(server.endpoint())
                .region(Region.of(server.region()))
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
                .httpClient(UrlConnectionHttpClient.create())
                .build();
    }
}
