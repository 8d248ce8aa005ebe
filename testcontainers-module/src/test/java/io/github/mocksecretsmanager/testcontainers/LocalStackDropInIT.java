package io.github.mocksecretsmanager.testcontainers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.localstack.LocalStackContainer;
import org.testcontainers.utility.DockerImageName;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.secretsmanager.model.ResourceNotFoundException;

/**
 * The -localstack image under Testcontainers' own {@code LocalStackContainer} (testcontainers-localstack),
 * as a suite written for LocalStack runs it: only the image name changes.
 */
@RequiresDocker(tagSuffix = "-localstack")
@Testcontainers
class LocalStackDropInIT {

    static final DockerImageName IMAGE = DockerImageName.parse(
                    SecretsManagerContainer.localImage().asCanonicalNameString() + "-localstack")
            .asCompatibleSubstituteFor("localstack/localstack");

    // tag::localstack[]
    @Container
    static LocalStackContainer localstack =
            new LocalStackContainer(IMAGE).withServices("secretsmanager").withEnv("DEFAULT_REGION", "eu-west-1");

    static SecretsManagerClient client() {
        // As LocalStack's documentation and LocalStackContainer's javadoc build the client.
        return SecretsManagerClient.builder()
                .endpointOverride(localstack.getEndpoint())
                .credentialsProvider(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create(localstack.getAccessKey(), localstack.getSecretKey())))
                .region(Region.of(localstack.getRegion()))
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .build();
    }
    // end::localstack[]

    @Test
    void theSdkWorksThroughLocalStackContainersGetters() {
        try (SecretsManagerClient client = client()) {
            String arn = client.createSecret(r -> r.name("db/creds").secretString("{\"user\":\"app\"}"))
                    .arn();
            client.putSecretValue(r -> r.secretId("db/creds").secretString("{\"user\":\"rotated\"}"));

            assertThat(client.getSecretValue(r -> r.secretId("db/creds")).secretString())
                    .isEqualTo("{\"user\":\"rotated\"}");
            // LocalStack's region (DEFAULT_REGION, as LocalStackContainer.getRegion() reads it) and account.
            assertThat(arn).startsWith("arn:aws:secretsmanager:eu-west-1:000000000000:secret:db/creds-");
            assertThatThrownBy(() -> client.getSecretValue(r -> r.secretId("missing")))
                    .isInstanceOf(ResourceNotFoundException.class);
        }
    }

    @Test
    void answersLocalStacksHealthEndpoint() throws Exception {
        assertThat(localstack.getExposedPorts()).containsExactly(4566);
        HttpResponse<String> health = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(localstack.getEndpoint() + "/_localstack/health"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());

        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"secretsmanager\":\"available\"");
        assertThat(localstack.getLogs()).contains("Ready.");
    }
}
