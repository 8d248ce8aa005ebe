package io.github.mocksecretsmanager.internal.engine;

import java.util.Objects;

/**
 * A failure reported to the client as an AWS error. Messages are written for the caller and must
 * never contain a secret value.
 */
public final class AwsException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final ErrorCode code;

    public AwsException(ErrorCode code, String message) {
        super(message, null, false, false);
        this.code = code;
    }

    public ErrorCode code() {
        return code;
    }

    /** Never {@code null}: every AWS error has a message. */
    @Override
    public String getMessage() {
        return Objects.requireNonNull(super.getMessage());
    }
}
