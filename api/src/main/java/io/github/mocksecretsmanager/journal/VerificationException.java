package io.github.mocksecretsmanager.journal;

/**
 * A verification of the request journal failed: the message says what was expected, what was
 * received, and the closest recorded requests. An {@link AssertionError}, so test frameworks report it
 * as a failure. It never contains a secret value: the journal holds none.
 */
public final class VerificationException extends AssertionError {

    private static final long serialVersionUID = 1L;

    public VerificationException(String message) {
        super(message);
    }
}
