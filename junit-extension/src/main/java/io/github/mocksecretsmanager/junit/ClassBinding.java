package io.github.mocksecretsmanager.junit;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * What one test class uses: the server (its own, its enclosing class's, or the run's) and the
 * system-property export it started, if any. Closing it undoes only what this class owns.
 */
@SuppressWarnings("deprecation") // CloseableResource: still what JUnit before 5.13 closes.
final class ClassBinding implements AutoCloseable, ExtensionContext.Store.CloseableResource {

    private final ExtensionSettings settings;
    private final ServerResource resource;
    private final boolean ownsServer;
    private final SystemPropertyExports.@Nullable Export export;

    ClassBinding(
            ExtensionSettings settings,
            ServerResource resource,
            boolean ownsServer,
            SystemPropertyExports.@Nullable Export export) {
        this.settings = settings;
        this.resource = resource;
        this.ownsServer = ownsServer;
        this.export = export;
    }

    /** The same server, seen from a {@code @Nested} class that declares nothing different. */
    ClassBinding sharedWithNestedClass() {
        return new ClassBinding(settings, resource, false, null);
    }

    ExtensionSettings settings() {
        return settings;
    }

    ServerResource resource() {
        return resource;
    }

    @Override
    public void close() {
        try {
            if (export != null) {
                export.restore();
            }
        } finally {
            if (ownsServer) {
                resource.close();
            }
        }
    }
}
