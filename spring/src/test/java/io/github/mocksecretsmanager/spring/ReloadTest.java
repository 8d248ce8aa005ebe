package io.github.mocksecretsmanager.spring;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mocksecretsmanager.junit.MockSecretsManager;
import io.github.mocksecretsmanager.junit.Seed;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

/**
 * Spring Cloud AWS's reload (strategy {@code refresh}, with spring-cloud-context's
 * {@code ContextRefresher}) picks up a value the test puts. Its polling runs on wall-clock time:
 * a short period. The context is closed after the class, which stops the polling and the server.
 */
// tag::reload[]
@SpringBootTest(
        properties = {
            "spring.cloud.aws.secretsmanager.reload.strategy=refresh",
            "spring.cloud.aws.secretsmanager.reload.period=200ms"
        })
@MockSecretsManager
@Seed(name = "app/db", value = "{\"username\":\"reload_app\",\"password\":\"before-rotation\"}")
@DirtiesContext // stops the polling, and with the context the server
class ReloadTest {

    @Autowired
    DbProperties db;

    @Test
    void aPutValueReachesTheBoundProperties(SecretsManagerClient client) throws InterruptedException {
        assertThat(db.getPassword()).isEqualTo("before-rotation");

        client.putSecretValue(r ->
                r.secretId("app/db").secretString("{\"username\":\"reload_app\",\"password\":\"after-rotation\"}"));

        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (!db.getPassword().equals("after-rotation") && Instant.now().isBefore(deadline)) {
            Thread.sleep(50);
        }
        assertThat(db.getPassword()).isEqualTo("after-rotation");
    }
}
// end::reload[]
