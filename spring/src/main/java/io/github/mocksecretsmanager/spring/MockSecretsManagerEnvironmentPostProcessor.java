package io.github.mocksecretsmanager.spring;

import io.github.mocksecretsmanager.ServerConfig;
import io.github.mocksecretsmanager.junit.SharedServers;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.WeakHashMap;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * The bootstrap hook: before Spring Boot reads config data ({@code spring.config.import=aws-secretsmanager:...}),
 * points Spring Cloud AWS's Secrets Manager at the server of the test class that is the
 * application's main class, as {@code SpringBootContextLoader} sets it. Does nothing for any other
 * application. A test class with {@code @MockSecretsManager} gets that configuration's shared server
 * (started here if no one holds it yet); one without it but with a static {@code @ServiceConnection}
 * {@code SecretsManagerContainer} field gets that container.
 *
 * <p>Registered under {@code org.springframework.boot.env.EnvironmentPostProcessor}: Boot 3's
 * interface, which Boot 4 still loads from that key (deprecated there for removal).
 */
public final class MockSecretsManagerEnvironmentPostProcessor implements EnvironmentPostProcessor, Ordered {

    /** Just before {@link ConfigDataEnvironmentPostProcessor}, which resolves config imports. */
    public static final int ORDER = ConfigDataEnvironmentPostProcessor.ORDER - 1;

    /**
     * The lease each application took, so that Spring Cloud's {@code ContextRefresher}, which runs
     * every post-processor again for the same application on a copy of its environment, reuses it.
     */
    private static final Map<SpringApplication, SharedServers.Lease> LEASES =
            Collections.synchronizedMap(new WeakHashMap<>());

    @Override
    public int getOrder() {
        return ORDER;
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        Class<?> testClass = application.getMainApplicationClass();
        if (testClass == null) {
            return;
        }
        Optional<ServerConfig> config = SharedServers.configOf(testClass);
        if (config.isPresent()) {
            SharedServers.Lease lease = LEASES.computeIfAbsent(application, app -> SharedServers.lease(config.get()));
            ServerPropertySource.of(lease).addTo(environment);
        } else if (ContainerSupport.PRESENT) {
            ServiceConnectionContainers.propertiesFor(testClass).ifPresent(source -> source.addTo(environment));
        }
    }
}
