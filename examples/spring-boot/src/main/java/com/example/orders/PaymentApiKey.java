package com.example.orders;

import org.springframework.stereotype.Component;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

/** Reads the payment provider's key at each call, through Spring Cloud AWS's client bean: a rotated key is used at once. */
@Component
public class PaymentApiKey {

    static final String SECRET = "prod/payments/api-key";

    private final SecretsManagerClient secretsManager;

    public PaymentApiKey(SecretsManagerClient secretsManager) {
        this.secretsManager = secretsManager;
    }

    public String current() {
        return secretsManager.getSecretValue(r -> r.secretId(SECRET)).secretString();
    }
}
