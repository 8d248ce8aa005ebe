package io.github.mocksecretsmanager.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mocksecretsmanager.MockSecretsManagerServer;
import io.github.mocksecretsmanager.ServerConfig;
import io.github.mocksecretsmanager.model.SecretSnapshot;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

/** The README's embedded quick start and the full example of docs/embedded.md. */
class EmbeddedQuickStartTest {

    @Test
    void quickStart() {
        // tag::quick-start[]
        try (MockSecretsManagerServer server = MockSecretsManagerServer.start();
                SecretsManagerClient client = SecretsManagerClient.builder()
                        .endpointOverride(server.endpoint())
                        .region(Region.of(server.region()))
                        .credentialsProvider(
                                StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
                        .build()) {
            client.createSecret(r -> r.name("db/creds").secretString("{\"user\":\"app\"}"));

            SecretSnapshot secret = server.secret("db/creds").orElseThrow(); // inspect without HTTP
            assertThat(secret.current().orElseThrow().stages()).containsExactly("AWSCURRENT");
        }
        // end::quick-start[]
    }

    @Test
    void everySetting() {
        // tag::full[]
        try (MockSecretsManagerServer server = MockSecretsManagerServer.start(ServerConfig.builder()
                .region("eu-west-1") // default us-east-1
                .seed("db/creds", "{\"user\":\"app\"}") // present at start and after every reset()
                .build())) {

            SecretsManagerClient client = SecretsManagerClient.builder()
                    .endpointOverride(server.endpoint())
                    .region(Region.of(server.region()))
                    .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
                    .build();

            client.putSecretValue(r -> r.secretId("db/creds").secretString("{\"user\":\"rotated\"}"));

            SecretSnapshot secret = server.secret("db/creds").orElseThrow(); // inspect without HTTP
            secret.current(); // the AWSCURRENT version
            secret.versions(); // every version, oldest first
            server.reset(); // back to the seeds only
            // end::full[]
            assertThat(secret.versions()).hasSize(2);
            assertThat(secret.arn()).startsWith("arn:aws:secretsmanager:eu-west-1:");
            assertThat(server.secret("db/creds").orElseThrow().versions()).hasSize(1);
            client.close();
            // tag::full[]
        }
        // end::full[]
    }
}
