package io.github.mocksecretsmanager.junit;

import io.github.mocksecretsmanager.MockSecretsManagerServer;
import io.github.mocksecretsmanager.ServerConfig;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One running server and the clients made for it, stored in an {@link ExtensionContext.Store} so
 * that JUnit stops it when the context that owns it ends. Clients are made on first request, at
 * most one of each kind, and closed before the server.
 */
@SuppressWarnings("deprecation") // CloseableResource: still what JUnit before 5.13 closes.
final class ServerResource implements AutoCloseable, ExtensionContext.Store.CloseableResource {

    private final MockSecretsManagerServer server;
    /** Stops the server, or gives back the lease on a shared one. */
    private final Runnable release;

    private final List<AutoCloseable> clients = new ArrayList<>();
    private @Nullable Object syncClient;
    private @Nullable Object asyncClient;
    private boolean closed;

    private ServerResource(MockSecretsManagerServer server, Runnable release) {
        this.server = server;
        this.release = release;
    }

    /**
     * Starts the server; functions given as classes get their instances once it runs (with a client of
     * it when they ask for one).
     *
     * @throws ExtensionConfigurationException when such a function cannot be made (the server is stopped)
     */
    static ServerResource start(ExtensionSettings settings) {
        return start(settings.serverConfig());
    }

    /** {@link #start(ExtensionSettings)} for a configuration alone (a {@link SharedServers shared} server). */
    static ServerResource start(ServerConfig config) {
        List<ClassRotationFunction> toStart = new ArrayList<>();
        ServerConfig.Builder ownFunctions = config.toBuilder();
        config.rotationFunctions().forEach((arn, function) -> {
            if (function instanceof ClassRotationFunction byClass) {
                ClassRotationFunction fresh = byClass.forNewServer();
                ownFunctions.rotationFunction(arn, fresh);
                toStart.add(fresh);
            }
        });
        MockSecretsManagerServer server =
                MockSecretsManagerServer.start(toStart.isEmpty() ? config : ownFunctions.build());
        ServerResource resource = new ServerResource(server, server::close);
        try {
            toStart.forEach(function -> function.start(resource));
        } catch (IllegalStateException | LinkageError e) {
            resource.close();
            throw new ExtensionConfigurationException(e.getMessage(), e);
        }
        return resource;
    }

    /** The server {@link SharedServers} holds for these settings; closing gives the lease back. */
    static ServerResource leased(ExtensionSettings settings) {
        SharedServers.Lease lease = SharedServers.lease(settings.serverConfig());
        return new ServerResource(lease.server(), lease::close);
    }

    MockSecretsManagerServer server() {
        return server;
    }

    /** The {@code SecretsManagerClient}, created on first use. */
    synchronized Object syncClient() {
        if (syncClient == null) {
            syncClient = SdkClients.sync(server, clients::add);
        }
        return syncClient;
    }

    /** The {@code SecretsManagerAsyncClient}, created on first use. */
    synchronized Object asyncClient() {
        if (asyncClient == null) {
            asyncClient = SdkClients.async(server, clients::add);
        }
        return asyncClient;
    }

    @Override
    public void close() {
        List<AutoCloseable> toClose;
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            toClose = List.copyOf(clients);
        }
        RuntimeException failure = null;
        for (AutoCloseable client : toClose) {
            try {
                client.close();
            } catch (Exception e) {
                failure =
                        failure == null ? new IllegalStateException("Could not close an injected client", e) : failure;
            }
        }
        release.run();
        if (failure != null) {
            throw failure;
        }
    }
}
