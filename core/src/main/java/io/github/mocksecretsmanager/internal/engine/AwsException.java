package io.github.mocksecretsmanager.internal.engine;

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
}
