package io.github.mocksecretsmanager.junit;

/** When the server forgets what tests did and goes back to its seed secrets. */
public enum ResetMode {
    /** Before each test method: every test starts from the seeds alone. */
    BEFORE_EACH_TEST,
    /** Never: secrets accumulate over the class (or the run, with {@link ServerLifecycle#PER_RUN}). */
    NEVER
}
