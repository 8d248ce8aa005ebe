package com.example.orders;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code orders.db.*}: the fields of the secret {@code prod/orders/db}, imported at start-up. */
@ConfigurationProperties("orders.db")
public record OrdersDatabase(String host, int port, String dbname, String username, String password) {

    public String jdbcUrl() {
        return "jdbc:postgresql://" + host + ":" + port + "/" + dbname;
    }

    @Override
    public String toString() { // never the password
        return "OrdersDatabase[" + jdbcUrl() + ", user " + username + "]";
    }
}
