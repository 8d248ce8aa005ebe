package io.github.mocksecretsmanager.spring;

import static org.assertj.core.api.Assertions.assertThat;

import io.awspring.cloud.autoconfigure.core.AwsConnectionDetails;
import io.github.mocksecretsmanager.testcontainers.SecretsManagerContainer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

/** The container as a service connection: config import and the client bean reach it. */
@RequiresDocker
@Testcontainers
@SpringBootTest
class ServiceConnectionIT {

    @Container
    @ServiceConnection
    static SecretsManagerContainer secrets = new SecretsManagerContainer()
            .withSecret("app/db", "{\"username\":\"container_app\",\"password\":\"container-password\"}");

    @Autowired
    DbProperties db;

    @Autowired
    SecretsManagerClient appClient;

    @Autowired
    AwsConnectionDetails connectionDetails;

    @Test
    void configImportReadsTheContainersSecret() {
        assertThat(db.getUsername()).isEqualTo("container_app");
        assertThat(db.getPassword()).isEqualTo("container-password");
    }

    @Test
    void theConnectionDetailsAndTheClientBeanPointAtTheContainer() {
        assertThat(connectionDetails.getEndpoint()).isEqualTo(secrets.getEndpoint());
        assertThat(connectionDetails.getRegion()).isEqualTo(secrets.getRegion());

        appClient.createSecret(r -> r.name("app/written-by-the-app").secretString("from the application"));

        try (SecretsManagerClient direct = SecretsManagerClient.builder()
                .endpointOverride(secrets.getEndpoint())
                .region(Region.of(secrets.getRegion()))
                .credentialsProvider(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create(secrets.getAccessKey(), secrets.getSecretKey())))
                .build()) {
            assertThat(direct.getSecretValue(r -> r.secretId("app/written-by-the-app"))
                            .secretString())
                    .isEqualTo("from the application");
        }
    }
}
