package io.github.mocksecretsmanager.spring;

import io.github.mocksecretsmanager.ServerConfig;
import io.github.mocksecretsmanager.junit.SharedServers;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.support.DefaultSingletonBeanRegistry;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * Makes the server part of Spring's context cache key. A test class with {@code @MockSecretsManager}
 * gets a customizer equal to its server configuration: classes with equal configurations share one
 * context and one server, classes with different ones never share a context. A class with a static
 * {@code @ServiceConnection SecretsManagerContainer} field gets one equal only for that same
 * container object.
 */
public final class MockSecretsManagerContextCustomizerFactory implements ContextCustomizerFactory {

    @Override
    public @Nullable ContextCustomizer createContextCustomizer(
            Class<?> testClass, List<ContextConfigurationAttributes> configAttributes) {
        Optional<ServerConfig> config = SharedServers.configOf(testClass);
        if (config.isPresent()) {
            return new ServerCustomizer(config.get());
        }
        if (ContainerSupport.PRESENT) {
            Object container = ServiceConnectionContainers.find(testClass);
            if (container != null) {
                return new ContainerCustomizer(container);
            }
        }
        return null;
    }

    /**
     * Binds the context to its configuration's server: takes over the lease the bootstrap hook took
     * (or takes one, for a context Spring Boot did not start) and gives it back when the context
     * closes. A disposable bean, not a lifecycle bean: Spring Framework 7 pauses contexts by
     * stopping lifecycle beans, and a restarted server could come back on another port.
     */
    record ServerCustomizer(ServerConfig config) implements ContextCustomizer {

        static final String LEASE_BEAN = "mockSecretsManagerServerLease";

        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration merged) {
            ServerPropertySource source = ServerPropertySource.in(context.getEnvironment());
            SharedServers.Lease lease = source != null ? source.lease() : null;
            if (lease == null || !lease.server().config().equals(config)) {
                lease = SharedServers.lease(config);
                ServerPropertySource.of(lease).addTo(context.getEnvironment());
            }
            SharedServers.Lease taken = lease;
            if (context.getBeanFactory() instanceof DefaultSingletonBeanRegistry registry) {
                // Registered before any bean, so destroyed after all of them.
                registry.registerDisposableBean(LEASE_BEAN, taken::close);
            } else {
                context.addApplicationListener(new LeaseCloser(context, taken));
            }
        }
    }

    /** Keys the context to one container object; Boot's {@code @ServiceConnection} support does the rest. */
    static final class ContainerCustomizer implements ContextCustomizer {
        private final Object container;

        ContainerCustomizer(Object container) {
            this.container = container;
        }

        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration merged) {}

        @Override
        public boolean equals(@Nullable Object other) {
            return other instanceof ContainerCustomizer that && that.container == container;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(container);
        }
    }
}
