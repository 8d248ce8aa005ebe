package io.github.mocksecretsmanager.rotation;

/**
 * A rotation function, run by the emulator where Secrets Manager would invoke a Lambda function. It
 * calls the emulator back through an ordinary AWS client, as a Lambda function calls Secrets Manager.
 * Returning is success; throwing fails the step and stops the rotation, as a Lambda error does on AWS.
 *
 * <p>A handler written against the AWS rotation template runs unchanged:
 *
 * <pre>{@code
 * RotationFunction function = event -> handler.handleRequest(event.asMap(), lambdaContext);
 * }</pre>
 */
@FunctionalInterface
public interface RotationFunction {

    /** Runs one step of a rotation. */
    void invoke(RotationEvent event) throws Exception;
}
