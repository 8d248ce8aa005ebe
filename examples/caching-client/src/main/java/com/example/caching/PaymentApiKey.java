package com.example.caching;

import com.amazonaws.secretsmanager.caching.SecretCache;

/**
 * The payment provider's API key, read through the AWS caching client: Secrets Manager is asked
 * again only when the cached value is older than the cache's TTL (one hour by default), not on every
 * request.
 */
public final class PaymentApiKey {

    private final SecretCache cache;
    private final String secretId;

    public PaymentApiKey(SecretCache cache, String secretId) {
        this.cache = cache;
        this.secretId = secretId;
    }

    public String get() {
        return cache.getSecretString(secretId);
    }

    /** After the provider rejects the key (it was rotated): fetch the new one now instead of waiting for the TTL. */
    public String refresh() throws InterruptedException {
        if (!cache.refreshNow(secretId)) {
            throw new IllegalStateException("Could not refresh " + secretId + "; the cache keeps the old key");
        }
        return get();
    }
}
