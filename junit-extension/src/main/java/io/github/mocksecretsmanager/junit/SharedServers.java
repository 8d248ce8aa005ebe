package io.github.mocksecretsmanager.junit;

import io.github.mocksecretsmanager.Credentials;
import io.github.mocksecretsmanager.MockSecretsManagerServer;
import io.github.mocksecretsmanager.ServerConfig;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * Servers shared by configuration across everything in the JVM that holds a {@link Lease} on them:
 * the seam between the JUnit extension and frameworks that cache state beyond one test class, such
 * as Spring's application contexts ({@code mock-secrets-manager-spring}).
 *
 * <p>One server runs per distinct {@link ServerConfig} while at least one lease on it is open; the
 * last {@link Lease#close()} stops it. A framework leases the server for as long as its cached
 * state lives, and a test class whose {@link ServerSharing} says so leases the same one for the
 * class, so both talk to one server. Identity is the whole configuration, never a port: a port may
 * be reused by another server after the first stops.
 *
 * <p>This registry is the project's only process-wide mutable state, and exists because the state
 * it serves (Spring's context cache) is process-wide too.
 */
public final class SharedServers {

    private static final Map<ServerConfig, Shared> SERVERS = new HashMap<>();

    private SharedServers() {}

    /**
     * The server configuration {@code testClass} gets from the extension: that of a {@code static}
     * {@link org.junit.jupiter.api.extension.RegisterExtension} field of type
     * {@link MockSecretsManagerExtension} (which wins, as it does for the extension), else of its
     * {@link MockSecretsManager} and {@link Seed} annotations (or its superclasses'); failing both,
     * those of the nearest enclosing class that has any, as a {@code @Nested} class shares its
     * enclosing class's server. Empty when no class in that chain has the extension.
     *
     * @throws org.junit.jupiter.api.extension.ExtensionConfigurationException when the annotations or
     *     the registered extension's seed files are invalid (with the same message the extension gives)
     */
    public static Optional<ServerConfig> configOf(Class<?> testClass) {
        boolean annotated = false;
        for (Class<?> type = testClass; type != null; type = type.getEnclosingClass()) {
            Optional<ExtensionSettings> registered = MockSecretsManagerExtension.registeredSettingsOf(type);
            if (registered.isPresent()) {
                return Optional.of(registered.get().serverConfig());
            }
            annotated |= AnnotationSettings.isAnnotated(type);
        }
        if (!annotated) {
            return Optional.empty();
        }
        for (Class<?> type = testClass; type != null; type = type.getEnclosingClass()) {
            Optional<ExtensionSettings> settings = AnnotationSettings.of(type);
            if (settings.isPresent()) {
                return Optional.of(settings.get().serverConfig());
            }
        }
        return Optional.empty();
    }

    /** Whether a {@link ServerSharing} on {@code testClass}'s class path claims it. */
    static boolean isShared(Class<?> testClass) {
        ClassLoader loader = testClass.getClassLoader();
        for (ServerSharing sharing :
                ServiceLoader.load(ServerSharing.class, loader != null ? loader : ClassLoader.getSystemClassLoader())) {
            if (sharing.sharesServer(testClass)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A lease on the server of {@code config}, started now if no lease holds one. Close the lease
     * when done: the server stops with the last one.
     */
    public static Lease lease(ServerConfig config) {
        Objects.requireNonNull(config, "config");
        synchronized (SERVERS) {
            Shared shared = SERVERS.get(config);
            if (shared == null) {
                shared = new Shared(config, ServerResource.start(config));
                SERVERS.put(config, shared);
            }
            shared.leases++;
            return new Lease(shared);
        }
    }

    /** One use of a shared server; closing it twice is harmless. */
    public static final class Lease implements AutoCloseable {
        private final Shared shared;
        private boolean closed;

        private Lease(Shared shared) {
            this.shared = shared;
        }

        public MockSecretsManagerServer server() {
            return shared.server;
        }

        /**
         * The keys clients should sign with: the server's own when it requires signed requests,
         * else the dummy keys of {@link MockSecretsManagerExtension#ACCESS_KEY_ID}.
         */
        public Credentials clientCredentials() {
            return MockSecretsManagerExtension.clientCredentials(shared.server);
        }

        /** Gives the lease back; the server stops when no lease on it remains. */
        @Override
        public void close() {
            synchronized (SERVERS) { // stopped under the lock: a new lease on a fixed port waits for the port
                if (closed) {
                    return;
                }
                closed = true;
                if (--shared.leases == 0) {
                    SERVERS.remove(shared.config, shared);
                    shared.resource.close();
                }
            }
        }

        @Override
        public String toString() {
            return "SharedServers.Lease[" + shared.server + (closed ? ", closed]" : "]");
        }
    }

    /** The server with its rotation functions given as classes started, as the extension starts its own. */
    private static final class Shared {
        private final ServerConfig config;
        private final ServerResource resource;
        private final MockSecretsManagerServer server;
        private int leases;

        Shared(ServerConfig config, ServerResource resource) {
            this.config = config;
            this.resource = resource;
            this.server = resource.server();
        }
    }
}
