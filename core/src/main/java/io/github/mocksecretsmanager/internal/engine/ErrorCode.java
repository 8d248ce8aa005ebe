package io.github.mocksecretsmanager.internal.engine;

/** The AWS error codes this emulator answers with; the name is the wire {@code __type}. */
public enum ErrorCode {
    ResourceNotFoundException(400),
    InvalidParameterException(400),
    InvalidRequestException(400),
    ResourceExistsException(400),
    LimitExceededException(400),
    InvalidNextTokenException(400),
    ValidationException(400),
    MalformedPolicyDocumentException(400),
    PublicPolicyException(400),
    AccessDeniedException(400),
    SerializationException(400),
    UnknownOperationException(400),
    MissingAuthenticationTokenException(400),
    IncompleteSignatureException(400),
    UnrecognizedClientException(400),
    InvalidSignatureException(400),
    /** The request body is larger than the server accepts. */
    RequestEntityTooLargeException(413),
    InternalServiceError(500);

    private final int httpStatus;

    ErrorCode(int httpStatus) {
        this.httpStatus = httpStatus;
    }

    public int httpStatus() {
        return httpStatus;
    }
}
