package com.example.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.mocksecretsmanager.faults.ServerClock;
import io.github.mocksecretsmanager.junit.MockSecretsManager;
import io.github.mocksecretsmanager.junit.Seed;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.secretsmanager.model.ResourceNotFoundException;

@MockSecretsManager
@Seed(name = "app/used", value = "in use")
@Seed(name = "app/forgotten", value = "nobody reads me")
class SecretHousekeepingTest {

    @Test
    void retiresWhatNobodyReadsAndAwsDeletesItAfterTheWindow(SecretsManagerClient client, ServerClock clock) {
        SecretHousekeeping housekeeping = new SecretHousekeeping(client, clock.asClock());
        for (int month = 0; month < 4; month++) {
            clock.advance(Duration.ofDays(30));
            client.getSecretValue(r -> r.secretId("app/used"));
        }

        List<String> unused = housekeeping.unused(Duration.ofDays(90));
        assertEquals(List.of("app/forgotten"), unused);
        housekeeping.retire(unused);

        clock.advance(Duration.ofDays(6)); // still recoverable
        assertNotNull(client.describeSecret(r -> r.secretId("app/forgotten")).deletedDate());

        clock.advance(Duration.ofDays(2)); // the 7-day window has passed: deleted
        assertThrows(ResourceNotFoundException.class, () -> client.describeSecret(r -> r.secretId("app/forgotten")));
        client.createSecret(r -> r.name("app/forgotten").secretString("a new secret, same name"));
    }
}
