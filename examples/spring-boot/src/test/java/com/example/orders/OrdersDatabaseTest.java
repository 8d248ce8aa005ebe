package com.example.orders;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mocksecretsmanager.junit.MockSecretsManager;
import io.github.mocksecretsmanager.junit.Seed;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

// tag::config-import[]
@SpringBootTest
@MockSecretsManager
@Seed(
        name = "prod/orders/db",
        value =
                """
                {"host": "orders.db.internal", "port": 5432, "dbname": "orders",
                 "username": "orders_app", "password": "EXAMPLE-PASSWORD"}""")
@Seed(name = "prod/payments/api-key", value = "pk_test_first")
class OrdersDatabaseTest {

    @Autowired
    OrdersDatabase database; // bound from spring.config.import=aws-secretsmanager:prod/orders/db?prefix=orders.db.

    @Autowired
    PaymentApiKey paymentApiKey; // reads through Spring Cloud AWS's SecretsManagerClient bean

    @Test
    void theApplicationReadsTheSeededSecret() {
        assertThat(database.jdbcUrl()).isEqualTo("jdbc:postgresql://orders.db.internal:5432/orders");
        assertThat(database.username()).isEqualTo("orders_app");
    }

    @Test
    void aRotatedKeyReachesTheApplication(SecretsManagerClient client) { // the same server as the application's
        client.putSecretValue(r -> r.secretId("prod/payments/api-key").secretString("pk_test_rotated"));

        assertThat(paymentApiKey.current()).isEqualTo("pk_test_rotated");
    }
    // end::config-import[]

    @Test
    void everyTestStartsFromTheSeeds() {
        assertThat(paymentApiKey.current()).isEqualTo("pk_test_first");
    }
    // tag::config-import[]
}
// end::config-import[]
