package io.github.mocksecretsmanager.internal.engine;

/**
 * Where the engine hands a rotation over once RotateSecret has stored its configuration and answered:
 * whatever runs the rotation function's steps, and keeps what it knows about each secret's rotations
 * until the secret is gone for good.
 *
 * <p>The engine calls {@link #invocationOf} and {@link #acceptsRotationToken} under the secret's lock,
 * so they answer at once, without waiting or logging; it calls every other method outside every
 * secret's lock.
 */
public interface RotationLauncher {

    /** What RotateSecret does for a rotation function. */
    enum Invocation {
        /** Starts the rotation and lets the launcher run the function. */
        RUN,
        /** Records the configuration and adds an {@code AWSPENDING} copy of the current value; runs nothing. */
        RECORD_ONLY,
        /** Answers {@code AccessDeniedException}, as AWS does for a function it cannot invoke. */
        DENIED
    }

    /** What RotateSecret does for {@code lambdaArn}. */
    Invocation invocationOf(String lambdaArn);

    /** RotateSecret answered {@code AccessDeniedException} because {@link #invocationOf} said so. */
    void invocationDenied(String lambdaArn);

    /** Runs the rotation's steps, after this call has returned. */
    void launch(RotationStart start);

    /** A rotation that falls due by its schedule could not start; the reason is AWS's error. */
    void launchFailed(RotationStart start, AwsException reason);

    /** Stops the secret's running or paused rotation before its next step (CancelRotateSecret). */
    void cancel(String secretArn);

    /** Whether {@code rotationToken} is the token of the secret's rotation that is under way. */
    boolean acceptsRotationToken(String secretArn, String rotationToken);

    /**
     * The secret is gone for good (a forced deletion, the end of its recovery window, a replica removed
     * or overwritten); its ARN names no secret ever again. Not called while it is only scheduled for
     * deletion.
     */
    void purged(String secretArn);

    /** Records every rotation and runs none: the engine's behaviour without a launcher. */
    RotationLauncher RECORD_ONLY = new RotationLauncher() {
        @Override
        public Invocation invocationOf(String lambdaArn) {
            return Invocation.RECORD_ONLY;
        }

        @Override
        public void invocationDenied(String lambdaArn) {}

        @Override
        public void launch(RotationStart start) {}

        @Override
        public void launchFailed(RotationStart start, AwsException reason) {}

        @Override
        public void cancel(String secretArn) {}

        @Override
        public boolean acceptsRotationToken(String secretArn, String rotationToken) {
            return false;
        }

        @Override
        public void purged(String secretArn) {}
    };
}
