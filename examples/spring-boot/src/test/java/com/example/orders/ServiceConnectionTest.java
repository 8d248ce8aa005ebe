package com.example.orders;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mocksecretsmanager.testcontainers.SecretsManagerContainer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;

// tag::service-connection[]
@RequiresDocker
@Testcontainers
@SpringBootTest
class ServiceConnectionTest {

    @Container
    @ServiceConnection // also read before start-up, for spring.config.import
    static SecretsManagerContainer secrets = new SecretsManagerContainer()
            .withSecret(
                    "prod/orders/db",
                    """
                    {"host": "orders.db.internal", "port": 5432, "dbname": "orders",
                     "username": "orders_app", "password": "EXAMPLE-PASSWORD"}""")
            .withSecret("prod/payments/api-key", "pk_test_container");

    @Autowired
    OrdersDatabase database;

    @Autowired
    PaymentApiKey paymentApiKey;

    @Test
    void theApplicationReadsTheContainer() {
        assertThat(database.username()).isEqualTo("orders_app");
        assertThat(paymentApiKey.current()).isEqualTo("pk_test_container");
    }
}
// end::service-connection[]
