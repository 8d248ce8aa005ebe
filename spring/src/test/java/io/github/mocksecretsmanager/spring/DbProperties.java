package io.github.mocksecretsmanager.spring;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code db.*}, bound from the secret; a JavaBean so that a refresh can rebind it. */
@ConfigurationProperties("db")
class DbProperties {
    private String username = "";
    private String password = "";

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
