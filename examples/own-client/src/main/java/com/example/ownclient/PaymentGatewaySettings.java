package com.example.ownclient;

import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

/**
 * Settings loaded at start-up the way much application code does it: with a client built from the
 * SDK's default configuration (region, credentials and endpoint from the environment), and no way
 * for a test to pass another one in.
 */
public final class PaymentGatewaySettings {

    private final String apiKey;

    private PaymentGatewaySettings(String apiKey) {
        this.apiKey = apiKey;
    }

    public static PaymentGatewaySettings load() {
        try (SecretsManagerClient secretsManager = SecretsManagerClient.create()) {
            return new PaymentGatewaySettings(secretsManager
                    .getSecretValue(r -> r.secretId("payments/api-key"))
                    .secretString());
        }
    }

    public String apiKey() {
        return apiKey;
    }

    @Override
    public String toString() {
        return "PaymentGatewaySettings[apiKey=***]";
    }
}
