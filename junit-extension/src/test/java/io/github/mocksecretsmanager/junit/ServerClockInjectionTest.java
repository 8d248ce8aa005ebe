package io.github.mocksecretsmanager.junit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mocksecretsmanager.MockSecretsManagerServer;
import io.github.mocksecretsmanager.faults.ServerClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

/** The server's clock is injected as {@link ServerClock}; the reset before each test puts it back. */
class ServerClockInjectionTest {

    @Test
    void theClockIsInjectedAndResetBeforeEachTest() {
        EngineRuns.run(TwoTests.class).testEvents().assertStatistics(stats -> stats.started(2)
                .succeeded(2));
    }

    @MockSecretsManager
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    static class TwoTests {

        static Instant realNow;

        @Test
        @Order(1)
        void first(ServerClock clock, MockSecretsManagerServer server, SecretsManagerClient client) {
            assertThat(clock).isSameAs(server.clock());
            realNow = clock.now();
            clock.advance(Duration.ofDays(30));
            client.createSecret(r -> r.name("later").secretString("v"));
            assertThat(server.secret("later").orElseThrow().metadata().createdDate())
                    .isAfter(realNow.plus(Duration.ofDays(29)));
        }

        @Test
        @Order(2)
        void second(ServerClock clock) {
            assertThat(clock.now()).isBetween(realNow, realNow.plus(Duration.ofDays(1)));
        }
    }
}
