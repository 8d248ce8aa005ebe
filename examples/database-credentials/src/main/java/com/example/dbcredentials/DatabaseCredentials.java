package com.example.dbcredentials;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** The JSON that RDS and the Secrets Manager console store for a database secret. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record DatabaseCredentials(String host, int port, String dbname, String username, String password) {

    public String jdbcUrl() {
        return "jdbc:postgresql://" + host + ":" + port + "/" + dbname;
    }

    /** A record prints every field; keep the password out of logs and assertion messages. */
    @Override
    public String toString() {
        return "DatabaseCredentials[" + username + " @ " + jdbcUrl() + ", password=***]";
    }
}
