package io.github.mocksecretsmanager.internal.engine;

/**
 * One entry of ValidateResourcePolicy's {@code ValidationErrors}. AWS's check names and messages are
 * not on record; these are the emulator's.
 *
 * @param checkName the check that failed
 * @param errorMessage what it found
 */
public record PolicyValidationError(String checkName, String errorMessage) {

    /** A statement allows everyone without a condition that restricts the caller. */
    static final PolicyValidationError BROAD_ACCESS = new PolicyValidationError(
            "BROAD_ACCESS",
            "The resource policy grants a wide range of principals access to the secret: a statement allows"
                    + " Principal \"*\" without a condition that restricts the caller.");
}
