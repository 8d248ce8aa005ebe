package io.github.mocksecretsmanager.rotation;

/** Where a rotation stands. */
public enum RotationState {
    /** Steps are running or about to. */
    RUNNING,
    /** Held after a step by {@link RotationControl#pauseRotation}, until {@link RotationControl#resumeRotation}. */
    PAUSED,
    /** Every step returned and {@code AWSCURRENT} is on the new version. */
    SUCCEEDED,
    /** A step failed (or the function could not be reached); what it did stays, {@code AWSPENDING} included. */
    FAILED,
    /** CancelRotateSecret or a reset stopped it between two steps. */
    CANCELLED;

    /** Whether the rotation will not move on by itself: paused, or ended. */
    public boolean isSettled() {
        return this != RUNNING;
    }
}
