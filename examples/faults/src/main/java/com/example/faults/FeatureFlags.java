package com.example.faults;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

/**
 * Feature flags kept in a secret, cached for a minute. When Secrets Manager cannot be reached, the
 * last value keeps being served: an outage of the secret store must not become an outage of the
 * service.
 */
public final class FeatureFlags {

    static final Duration TTL = Duration.ofMinutes(1);

    private final SecretsManagerClient client;
    private final String secretId;
    private final Clock clock;
    private String cached;
    private Instant fetchedAt = Instant.MIN;

    public FeatureFlags(SecretsManagerClient client, String secretId, Clock clock) {
        this.client = client;
        this.secretId = secretId;
        this.clock = clock;
    }

    public synchronized String get() {
        Instant now = clock.instant();
        if (cached == null || !now.isBefore(fetchedAt.plus(TTL))) {
            try {
                cached = client.getSecretValue(r -> r.secretId(secretId)).secretString();
                fetchedAt = now;
            } catch (SdkException e) {
                if (cached == null) {
                    throw e; // nothing to fall back on
                }
            }
        }
        return cached;
    }
}
