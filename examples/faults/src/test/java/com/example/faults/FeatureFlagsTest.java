package com.example.faults;

import static io.github.mocksecretsmanager.journal.RequestPattern.getSecretValue;
import static io.github.mocksecretsmanager.journal.Times.atLeast;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.mocksecretsmanager.MockSecretsManagerServer;
import io.github.mocksecretsmanager.faults.FaultRule;
import io.github.mocksecretsmanager.faults.ServerClock;
import io.github.mocksecretsmanager.junit.MockSecretsManager;
import io.github.mocksecretsmanager.junit.Seed;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

@MockSecretsManager
@Seed(name = "app/flags", value = "{\"newCheckout\":false}")
class FeatureFlagsTest {

    @Test
    void keepsServingThroughAFiveMinuteOutage(
            SecretsManagerClient client, MockSecretsManagerServer server, ServerClock clock) {
        FeatureFlags flags = new FeatureFlags(client, "app/flags", clock.asClock());
        assertEquals("{\"newCheckout\":false}", flags.get());

        String outage = server.addFault(FaultRule.onOperation("GetSecretValue").serviceUnavailable());
        for (int second = 0; second < 300; second += 30) {
            clock.advance(Duration.ofSeconds(30));
            assertEquals("{\"newCheckout\":false}", flags.get());
        }
        // The cache did ask (and got 503s, retried by the SDK), it did not just sit on its value.
        server.verify(getSecretValue().secretId("app/flags").failed(), atLeast(5));

        server.removeFault(outage);
        server.putSecretValue("app/flags", "{\"newCheckout\":true}");
        clock.advance(FeatureFlags.TTL);
        assertEquals("{\"newCheckout\":true}", flags.get());
    }

    @Test
    void withNothingCachedTheErrorReachesTheCaller(
            SecretsManagerClient client, MockSecretsManagerServer server, ServerClock clock) {
        server.addFault(FaultRule.onOperation("GetSecretValue").throttle());
        FeatureFlags flags = new FeatureFlags(client, "app/flags", clock.asClock());
        assertThrows(SdkException.class, flags::get);
    }
}
