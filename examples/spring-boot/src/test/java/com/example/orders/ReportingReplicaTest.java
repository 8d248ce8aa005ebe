package com.example.orders;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mocksecretsmanager.junit.MockSecretsManager;
import io.github.mocksecretsmanager.junit.Seed;
import java.net.URI;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

/**
 * The same application with other seeds: Spring gives this class a context of its own, bound to its
 * own server, never the cached context of {@link OrdersDatabaseTest}.
 */
@SpringBootTest
@MockSecretsManager
@Seed(
        name = "prod/orders/db",
        value =
                """
                {"host": "replica.db.internal", "port": 5433, "dbname": "orders",
                 "username": "reporting", "password": "REPLICA-PASSWORD"}""")
@Seed(name = "prod/payments/api-key", value = "pk_test_reporting")
class ReportingReplicaTest {

    @Autowired
    OrdersDatabase database;

    @Autowired
    PaymentApiKey paymentApiKey;

    @Autowired
    SecretsManagerClient applicationClient;

    @Test
    void theApplicationReadsThisClassesSeeds(URI endpoint) {
        assertThat(database.jdbcUrl()).isEqualTo("jdbc:postgresql://replica.db.internal:5433/orders");
        assertThat(paymentApiKey.current()).isEqualTo("pk_test_reporting");
        assertThat(applicationClient.serviceClientConfiguration().endpointOverride())
                .contains(endpoint);
    }
}
