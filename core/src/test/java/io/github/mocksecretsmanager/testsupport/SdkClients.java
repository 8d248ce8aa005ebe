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
        return syncClient(server, Region.of(server.region()), "test");
    }

    /** A client of the same server that signs for {@code region}: its requests act in that region. */
    public static SecretsManagerClient syncClient(MockSecretsManagerServer server, Region region) {
        return syncClient(server, region, "test");
    }

    /** A client signing for {@code region} with {@code accessKeyId}; a 12-digit key id is the account. */
    public static SecretsManagerClient syncClient(MockSecretsManagerServer server, Region region, String accessKeyId) {
        return SecretsManagerClient.builder()
                .endpointOverride(server.endpoint())
                .region(region)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(accessKeyId, "test")))
                .httpClient(UrlConnectionHttpClient.create())
                .build();
    }
}
