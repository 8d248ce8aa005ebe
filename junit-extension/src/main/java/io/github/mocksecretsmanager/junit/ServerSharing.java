package io.github.mocksecretsmanager.junit;

/**
 * Which test classes take their server from {@link SharedServers} instead of starting one of their
 * own: a service-provider interface for modules that make a framework's long-lived state (such as
 * Spring's cache of application contexts) talk to the same server as the test. Implementations are
 * found with {@link java.util.ServiceLoader} on the test class's class loader
 * ({@code META-INF/services/io.github.mocksecretsmanager.junit.ServerSharing}); without one, every
 * class keeps its own server as {@link MockSecretsManager} describes.
 *
 * <p>It applies to {@link MockSecretsManager} and to a {@code static} registered
 * {@link MockSecretsManagerExtension}; an instance registered in a non-static field keeps a server of
 * its own.
 */
public interface ServerSharing {

    /**
     * Whether {@code testClass} uses the server that {@link SharedServers#lease} gives its
     * configuration, which it then shares with everything else holding a lease on that configuration.
     */
    boolean sharesServer(Class<?> testClass);
}
