package io.github.mocksecretsmanager.spring;

import io.github.mocksecretsmanager.Credentials;
import io.github.mocksecretsmanager.MockSecretsManagerServer;
import io.github.mocksecretsmanager.junit.SharedServers;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.PropertySource;

/**
 * The Spring Cloud AWS properties that point Secrets Manager at one server, first in the
 * environment. Endpoint and region are Secrets Manager's own ({@code spring.cloud.aws.secretsmanager.*}),
 * so other Spring Cloud AWS clients keep theirs; credentials have no per-service property in Spring
 * Cloud AWS, so the global {@code spring.cloud.aws.credentials.*} are set. When it serves the
 * test class's own server it carries the {@link SharedServers.Lease} that keeps that server running
 * until the application context takes it over.
 */
final class ServerPropertySource extends MapPropertySource {

    static final String NAME = "mockSecretsManager";

    static final String ENDPOINT = "spring.cloud.aws.secretsmanager.endpoint";
    static final String REGION = "spring.cloud.aws.secretsmanager.region";
    static final String ACCESS_KEY = "spring.cloud.aws.credentials.access-key";
    static final String SECRET_KEY = "spring.cloud.aws.credentials.secret-key";

    private final SharedServers.@Nullable Lease lease;

    private ServerPropertySource(Map<String, Object> properties, SharedServers.@Nullable Lease lease) {
        super(NAME, properties);
        this.lease = lease;
    }

    /** Properties for the leased server, carrying the lease. */
    static ServerPropertySource of(SharedServers.Lease lease) {
        MockSecretsManagerServer server = lease.server();
        return new ServerPropertySource(
                properties(server.endpoint(), server.region(), lease.clientCredentials()), lease);
    }

    /** Properties for a server this module does not run (a container). */
    static ServerPropertySource of(URI endpoint, String region, Credentials credentials) {
        return new ServerPropertySource(properties(endpoint, region, credentials), null);
    }

    private static Map<String, Object> properties(URI endpoint, String region, Credentials credentials) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put(ENDPOINT, endpoint.toString());
        properties.put(REGION, region);
        properties.put(ACCESS_KEY, credentials.accessKeyId());
        properties.put(SECRET_KEY, credentials.secretAccessKey());
        return properties;
    }

    SharedServers.@Nullable Lease lease() {
        return lease;
    }

    /** Puts this first in {@code environment}, in place of an earlier one. */
    void addTo(ConfigurableEnvironment environment) {
        if (environment.getPropertySources().contains(NAME)) {
            environment.getPropertySources().replace(NAME, this);
        } else {
            environment.getPropertySources().addFirst(this);
        }
    }

    static @Nullable ServerPropertySource in(ConfigurableEnvironment environment) {
        PropertySource<?> source = environment.getPropertySources().get(NAME);
        return source instanceof ServerPropertySource found ? found : null;
    }
}
