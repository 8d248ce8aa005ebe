package com.example.dbcredentials;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.mocksecretsmanager.testcontainers.SecretsManagerContainer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.secretsmanager.model.ResourceNotFoundException;

@RequiresDocker
@Testcontainers
class DatabaseCredentialsServiceTest {

    // One container for the class (static), with the secret present from the start.
    @Container
    static SecretsManagerContainer secrets = new SecretsManagerContainer()
            .withSecret(
                    "prod/orders/db",
                    """
                    {"engine": "postgres", "host": "orders.db.internal", "port": 5432,
                     "dbname": "orders", "username": "orders_app", "password": "EXAMPLE-PASSWORD"}""");

    static SecretsManagerClient secretsManager;
    static DatabaseCredentialsService service;

    @BeforeAll
    static void connect() {
        secretsManager = SecretsManagerClient.builder()
                .endpointOverride(secrets.getEndpoint())
                .region(Region.of(secrets.getRegion()))
                .credentialsProvider(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create(secrets.getAccessKey(), secrets.getSecretKey())))
                .build();
        service = new DatabaseCredentialsService(secretsManager);
    }

    @AfterAll
    static void disconnect() {
        secretsManager.close();
    }

    @Test
    void readsTheSeededCredentials() {
        DatabaseCredentials credentials = service.credentials("prod/orders/db");

        assertEquals("orders_app", credentials.username());
        assertEquals("EXAMPLE-PASSWORD", credentials.password());
        assertEquals("jdbc:postgresql://orders.db.internal:5432/orders", credentials.jdbcUrl());
    }

    // The container is shared by the class and not reset between tests: use names of your own.
    @Test
    void readsCredentialsCreatedByTheTest() {
        secretsManager.createSecret(
                r -> r.name("test/reports/db")
                        .secretString(
                                """
                        {"host": "reports.db.internal", "port": 5433, "dbname": "reports",
                         "username": "reports_app", "password": "REPORTS-PASSWORD"}"""));

        assertEquals(
                "jdbc:postgresql://reports.db.internal:5433/reports",
                service.credentials("test/reports/db").jdbcUrl());
    }

    @Test
    void aMissingSecretIsTheSdksResourceNotFoundException() {
        assertThrows(ResourceNotFoundException.class, () -> service.credentials("prod/billing/db"));
    }
}
