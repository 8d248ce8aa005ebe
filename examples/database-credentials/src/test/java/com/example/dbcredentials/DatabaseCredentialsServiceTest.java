package com.example.dbcredentials;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.mocksecretsmanager.junit.InjectSecretsManager;
import io.github.mocksecretsmanager.junit.MockSecretsManager;
import io.github.mocksecretsmanager.junit.Seed;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.secretsmanager.model.ResourceNotFoundException;

// A server for this class, holding the seeded secret again before every test.
@MockSecretsManager
@Seed(
        name = "prod/orders/db",
        value =
                """
                {"engine": "postgres", "host": "orders.db.internal", "port": 5432,
                 "dbname": "orders", "username": "orders_app", "password": "EXAMPLE-PASSWORD"}""")
class DatabaseCredentialsServiceTest {

    // Field injection: a client already pointed at the server.
    @InjectSecretsManager
    SecretsManagerClient secretsManager;

    DatabaseCredentialsService service;

    @BeforeEach
    void createService() {
        service = new DatabaseCredentialsService(secretsManager);
    }

    @Test
    void readsTheSeededCredentials() {
        DatabaseCredentials credentials = service.credentials("prod/orders/db");

        assertEquals("orders_app", credentials.username());
        assertEquals("EXAMPLE-PASSWORD", credentials.password());
        assertEquals("jdbc:postgresql://orders.db.internal:5432/orders", credentials.jdbcUrl());
    }

    // Parameter injection works as well, in tests and lifecycle methods.
    @Test
    void readsTheNewPasswordAfterAChange(SecretsManagerClient client) {
        client.putSecretValue(
                r -> r.secretId("prod/orders/db")
                        .secretString(
                                """
                        {"host": "orders.db.internal", "port": 5432, "dbname": "orders",
                         "username": "orders_app", "password": "NEW-PASSWORD"}"""));

        assertEquals("NEW-PASSWORD", service.credentials("prod/orders/db").password());
    }

    @Test
    void aMissingSecretIsTheSdksResourceNotFoundException() {
        assertThrows(ResourceNotFoundException.class, () -> service.credentials("prod/billing/db"));
    }

    @Test
    void aSecretThatIsNotJsonFailsWithoutShowingItsValue(SecretsManagerClient client) {
        client.createSecret(r -> r.name("prod/legacy/db").secretString("orders_app:EXAMPLE-PASSWORD"));

        IllegalStateException e =
                assertThrows(IllegalStateException.class, () -> service.credentials("prod/legacy/db"));
        assertFalse(e.getMessage().contains("EXAMPLE-PASSWORD"), e.getMessage());
        assertFalse(service.credentials("prod/orders/db").toString().contains("EXAMPLE-PASSWORD"));
    }
}
