package io.github.mocksecretsmanager.rotation;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Rotation functions of a server and the rotations it runs with them. RotateSecret (or a schedule
 * that falls due when the {@linkplain io.github.mocksecretsmanager.faults.ServerClock clock} moves)
 * answers first, then the steps run one after the other on a thread of their own; {@link
 * #awaitRotation} waits for them.
 *
 * <pre>{@code
 * server.registerRotationFunction(LAMBDA_ARN, event -> handler.handleRequest(event.asMap(), context));
 * client.rotateSecret(r -> r.secretId("db").rotationLambdaARN(LAMBDA_ARN));
 * assertThat(server.awaitRotation("db").state()).isEqualTo(RotationState.SUCCEEDED);
 * }</pre>
 */
public interface RotationControl {

    /** How long {@link #awaitRotation(String)} waits. */
    Duration DEFAULT_AWAIT_TIMEOUT = Duration.ofSeconds(30);

    /**
     * Registers the function Secrets Manager invokes for {@code lambdaArn}, replacing any registered
     * for it. The container serves it to the emulator over HTTP, as a webhook in this JVM.
     */
    void registerRotationFunction(String lambdaArn, RotationFunction function);

    /**
     * Registers a webhook for {@code lambdaArn}: each step is a JSON POST of the event (the fields of
     * {@link RotationEvent#asMap()}) to {@code url}; a 2xx answer means the step succeeded.
     */
    void registerRotationWebhook(String lambdaArn, URI url);

    /** The ARNs with a function or webhook registered, sorted. */
    List<String> rotationFunctions();

    /** Removes every registered function and webhook. */
    void removeRotationFunctions();

    /**
     * Holds the secret's running rotation, or its next one, once {@code step} has returned, until
     * {@link #resumeRotation}. Meanwhile {@code AWSPENDING} exists and {@code AWSCURRENT} is unchanged
     * (for any step before {@code finishSecret}): the window a client must survive.
     */
    void pauseRotation(String secretId, RotationStep step);

    /** Lets a paused rotation go on (and drops a pause that has not been reached yet). */
    void resumeRotation(String secretId);

    /**
     * The secret's latest rotation, if one has started since the server started or was reset. A secret
     * deleted for good (forced, or at the end of its recovery window) has none, as if it had never
     * existed; one in its recovery window keeps its rotation, and RestoreSecret brings it back with it.
     */
    Optional<Rotation> rotation(String secretId);

    /** The latest rotation of each secret that exists (deletion scheduled or not), sorted by secret name. */
    List<Rotation> rotations();

    /** {@link #awaitRotation(String, Duration)} with {@link #DEFAULT_AWAIT_TIMEOUT}. */
    default Rotation awaitRotation(String secretId) {
        return awaitRotation(secretId, DEFAULT_AWAIT_TIMEOUT);
    }

    /**
     * Waits until the secret's latest rotation is {@linkplain RotationState#isSettled() settled}: paused,
     * succeeded, failed or cancelled.
     *
     * @throws IllegalStateException when no rotation of the secret has started (or the secret has been
     *     deleted for good), or it is still running after {@code timeout}
     */
    Rotation awaitRotation(String secretId, Duration timeout);
}
