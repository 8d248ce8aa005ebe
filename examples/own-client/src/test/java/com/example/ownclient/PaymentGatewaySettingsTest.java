package com.example.ownclient;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.mocksecretsmanager.junit.MockSecretsManager;
import io.github.mocksecretsmanager.junit.Seed;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

// exportSystemProperties sets aws.endpointUrlSecretsManager, aws.region and dummy credentials for
// this class, so SecretsManagerClient.create() in the code under test reaches the emulator.
@MockSecretsManager(exportSystemProperties = true)
@Seed(name = "payments/api-key", value = "EXAMPLE-API-KEY")
class PaymentGatewaySettingsTest {

    @Test
    void loadsTheApiKeyFromTheEmulator() {
        assertEquals("EXAMPLE-API-KEY", PaymentGatewaySettings.load().apiKey());
    }

    @Test
    void seesAKeyTheTestPut(SecretsManagerClient client) {
        client.putSecretValue(r -> r.secretId("payments/api-key").secretString("ROTATED-API-KEY"));

        assertEquals("ROTATED-API-KEY", PaymentGatewaySettings.load().apiKey());
    }
}
