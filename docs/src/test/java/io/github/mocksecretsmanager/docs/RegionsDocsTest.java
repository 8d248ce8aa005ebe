package io.github.mocksecretsmanager.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mocksecretsmanager.MockSecretsManagerServer;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

/** docs/embedded.md, regions and accounts. */
class RegionsDocsTest {

    @Test
    void inRegion() {
        try (MockSecretsManagerServer server = MockSecretsManagerServer.start()) {
            // tag::regions[]
            server.inRegion("eu-west-1").createSecret("db-password", "s3cr3t");
            try (SecretsManagerClient ireland = SecretsManagerClient.builder()
                    .endpointOverride(server.endpoint())
                    .region(Region.EU_WEST_1) // the same server, another region
                    .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
                    .build()) {
                assertThat(ireland.getSecretValue(r -> r.secretId("db-password"))
                                .secretString())
                        .isEqualTo("s3cr3t");
            }
            assertThat(server.secret("db-password")).isEmpty(); // not in the configured region, us-east-1
            assertThat(server.inRegion("eu-west-1", "210987654321").secrets())
                    .isEmpty(); // what a client with access key id 210987654321 sees
            // end::regions[]
        }
    }
}
