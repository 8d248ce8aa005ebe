package io.github.mocksecretsmanager.spring;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mocksecretsmanager.MockSecretsManagerServer;
import io.github.mocksecretsmanager.junit.MockSecretsManager;
import io.github.mocksecretsmanager.junit.Seed;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

/** The application reads its secret from this class's server, and its client bean talks to that server. */
@SpringBootTest
@MockSecretsManager
@Seed(name = "app/db", value = "{\"username\":\"orders_app\",\"password\":\"first-password\"}")
class ConfigImportTest {

    @Value("${db.username}")
    String username;

    @Autowired
    DbProperties db;

    @Autowired
    SecretsManagerClient appClient;

    @Autowired
    Environment environment;

    @Test
    void configImportReadsTheSeed() {
        assertThat(username).isEqualTo("orders_app");
        assertThat(db.getUsername()).isEqualTo("orders_app");
        assertThat(db.getPassword()).isEqualTo("first-password");
    }

    @Test
    void theContextTalksToTheServerTheTestGets(MockSecretsManagerServer server, SecretsManagerClient testClient) {
        assertThat(environment.getProperty("spring.cloud.aws.secretsmanager.endpoint"))
                .isEqualTo(server.endpoint().toString());

        testClient.putSecretValue(r -> r.secretId("app/db").secretString("{\"username\":\"rotated\"}"));

        assertThat(appClient.getSecretValue(r -> r.secretId("app/db")).secretString())
                .isEqualTo("{\"username\":\"rotated\"}");
    }

    @Test
    void eachTestStartsFromTheSeeds(SecretsManagerClient testClient) {
        assertThat(appClient.getSecretValue(r -> r.secretId("app/db")).secretString())
                .contains("first-password");
        assertThat(testClient.listSecretVersionIds(r -> r.secretId("app/db")).versions())
                .hasSize(1);
    }
}
