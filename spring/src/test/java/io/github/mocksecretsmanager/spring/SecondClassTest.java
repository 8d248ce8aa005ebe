package io.github.mocksecretsmanager.spring;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mocksecretsmanager.junit.MockSecretsManager;
import io.github.mocksecretsmanager.junit.Seed;
import java.net.URI;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

/**
 * The same Spring configuration as {@link ConfigImportTest}, other seeds: its own context and server
 * (the case of issue #18, where the second class got the first one's cached context).
 */
@SpringBootTest
@MockSecretsManager
@Seed(name = "app/db", value = "{\"username\":\"billing_app\",\"password\":\"second-password\"}")
class SecondClassTest {

    @Autowired
    DbProperties db;

    @Autowired
    SecretsManagerClient appClient;

    @Test
    void readsItsOwnSeeds(URI endpoint) {
        assertThat(db.getUsername()).isEqualTo("billing_app");
        assertThat(appClient.getSecretValue(r -> r.secretId("app/db")).secretString())
                .contains("second-password");
        assertThat(appClient.serviceClientConfiguration().endpointOverride()).contains(endpoint);
    }
}
