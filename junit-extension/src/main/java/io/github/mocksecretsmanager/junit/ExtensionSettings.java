package io.github.mocksecretsmanager.junit;

import io.github.mocksecretsmanager.ServerConfig;
import java.util.Objects;

/** Everything one class's server is set up with: the server's own config plus the extension's options. */
record ExtensionSettings(
        ServerConfig serverConfig, ServerLifecycle lifecycle, ResetMode reset, boolean exportSystemProperties) {

    ExtensionSettings {
        Objects.requireNonNull(serverConfig, "serverConfig");
        Objects.requireNonNull(lifecycle, "lifecycle");
        Objects.requireNonNull(reset, "reset");
    }

    static ExtensionSettings defaults() {
        return new ExtensionSettings(
                ServerConfig.defaults(), ServerLifecycle.PER_CLASS, ResetMode.BEFORE_EACH_TEST, false);
    }
}
