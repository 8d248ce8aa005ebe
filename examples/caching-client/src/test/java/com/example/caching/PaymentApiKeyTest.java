package com.example.caching;

import static io.github.mocksecretsmanager.journal.RequestPattern.describeSecret;
import static io.github.mocksecretsmanager.journal.RequestPattern.getSecretValue;
import static io.github.mocksecretsmanager.journal.RequestPattern.putSecretValue;
import static io.github.mocksecretsmanager.journal.Times.times;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.amazonaws.secretsmanager.caching.SecretCache;
import com.amazonaws.secretsmanager.caching.SecretCacheConfiguration;
import io.github.mocksecretsmanager.MockSecretsManagerServer;
import io.github.mocksecretsmanager.junit.InjectSecretsManager;
import io.github.mocksecretsmanager.junit.MockSecretsManager;
import io.github.mocksecretsmanager.junit.Seed;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

@MockSecretsManager
@Seed(name = "payments/api-key", value = "KEY-1")
class PaymentApiKeyTest {

    @InjectSecretsManager
    SecretsManagerClient secretsManager;

    SecretCache cache;
    PaymentApiKey apiKey;

    @BeforeEach
    void createCache() {
        // Give the cache a client pointed at the emulator; without one it builds its own for real AWS.
        cache = new SecretCache(
                new SecretCacheConfiguration().withClient(secretsManager).withCacheItemTTL(TimeUnit.HOURS.toMillis(1)));
        apiKey = new PaymentApiKey(cache, "payments/api-key");
    }

    @AfterEach
    void closeCache() {
        cache.close(); // empties the cache; the injected client stays open
    }

    @Test
    void readsTheKeyThroughTheCache() {
        assertEquals("KEY-1", apiKey.get());
    }

    @Test
    void readsTheSecretOnceThenAgainOnlyAfterARotation(MockSecretsManagerServer server) throws InterruptedException {
        for (int i = 0; i < 5; i++) {
            assertEquals("KEY-1", apiKey.get());
        }
        server.verify(getSecretValue().secretId("payments/api-key"), times(1));

        secretsManager.putSecretValue(r -> r.secretId("payments/api-key").secretString("KEY-2"));
        assertEquals("KEY-2", apiKey.refresh());
        assertEquals("KEY-2", apiKey.get());

        // The cache asks DescribeSecret which version is AWSCURRENT, then reads that version by its id.
        server.verify(describeSecret().secretId("payments/api-key"), times(2));
        server.verify(getSecretValue().secretId("payments/api-key"), times(2));
        server.verify(putSecretValue(), times(1));
    }

    @Test
    void servesTheCachedKeyUntilRefreshedThenTheRotatedOne() throws InterruptedException {
        assertEquals("KEY-1", apiKey.get());

        secretsManager.putSecretValue(r -> r.secretId("payments/api-key").secretString("KEY-2"));

        assertEquals("KEY-1", apiKey.get(), "cached for an hour");
        assertEquals("KEY-2", apiKey.refresh());
        assertEquals("KEY-2", apiKey.get());
    }

    @Test
    void aPendingVersionIsNotServedUntilItIsPromoted() throws InterruptedException {
        String oldVersion = secretsManager
                .getSecretValue(r -> r.secretId("payments/api-key"))
                .versionId();
        String newVersion = secretsManager
                .putSecretValue(r ->
                        r.secretId("payments/api-key").secretString("KEY-2").versionStages("AWSPENDING"))
                .versionId();

        assertEquals("KEY-1", apiKey.refresh(), "the cache reads AWSCURRENT");

        secretsManager.updateSecretVersionStage(r -> r.secretId("payments/api-key")
                .versionStage("AWSCURRENT")
                .moveToVersionId(newVersion)
                .removeFromVersionId(oldVersion));
        assertEquals("KEY-2", apiKey.refresh());
    }
}
