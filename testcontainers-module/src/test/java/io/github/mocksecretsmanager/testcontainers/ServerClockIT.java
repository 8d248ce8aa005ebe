package io.github.mocksecretsmanager.testcontainers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mocksecretsmanager.faults.ServerClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.secretsmanager.model.ResourceNotFoundException;

/** The container's clock, moved over the admin API: a deleted secret is gone once its window passes. */
@RequiresDocker
class ServerClockIT {

    @Test
    void advancingPastTheRecoveryWindowDeletesTheSecret() {
        try (SecretsManagerContainer container = new SecretsManagerContainer()) {
            container.start();
            ServerClock clock = container.clock();
            try (SecretsManagerClient client = SdkClients.forContainer(container)) {
                Instant start = clock.now();
                client.createSecret(r -> r.name("db/old").secretString("v1"));
                client.deleteSecret(r -> r.secretId("db/old").recoveryWindowInDays(7L));

                clock.advance(Duration.ofDays(8));

                assertThat(clock.now()).isAfterOrEqualTo(start.plus(Duration.ofDays(8)));
                assertThatThrownBy(() -> client.describeSecret(r -> r.secretId("db/old")))
                        .isInstanceOf(ResourceNotFoundException.class);
                client.createSecret(r -> r.name("db/old").secretString("v2"));

                clock.set(Instant.parse("2035-01-01T00:00:00Z"));
                assertThat(clock.now())
                        .isBetween(Instant.parse("2035-01-01T00:00:00Z"), Instant.parse("2035-01-01T00:01:00Z"));
            }
        }
    }
}
