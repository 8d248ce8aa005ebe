package io.github.mocksecretsmanager.junit;

/** How long one server lives. */
public enum ServerLifecycle {
    /** Each test class gets its own server, stopped after the class ({@code @Nested} classes share it). */
    PER_CLASS,
    /**
     * Classes with equal configurations share one server, started by the first and stopped when the
     * whole test run ends. Saves a start per class in large suites; the classes then share state.
     */
    PER_RUN
}
