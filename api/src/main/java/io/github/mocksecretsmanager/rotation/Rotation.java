package io.github.mocksecretsmanager.rotation;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One rotation of a secret as the emulator ran it: a snapshot, taken when asked for.
 *
 * @param secretArn the secret's ARN, as the function received it
 * @param secretName the secret's name
 * @param versionId the new version's id: the rotation's token
 * @param lambdaArn the rotation function's ARN
 * @param state where it stands
 * @param completedSteps the steps that returned, in order
 * @param failedStep the step that failed, when {@link RotationState#FAILED} because of one
 * @param failure why it failed: the exception's class and message, or the webhook's answer
 * @param testOnly whether this was the {@code testSecret}-only check RotateSecret runs with {@code
 *     RotateImmediately=false}
 */
public record Rotation(
        String secretArn,
        String secretName,
        String versionId,
        String lambdaArn,
        RotationState state,
        List<RotationStep> completedSteps,
        @Nullable RotationStep failedStep,
        @Nullable String failure,
        boolean testOnly) {

    public Rotation {
        Objects.requireNonNull(secretArn, "secretArn");
        Objects.requireNonNull(secretName, "secretName");
        Objects.requireNonNull(versionId, "versionId");
        Objects.requireNonNull(lambdaArn, "lambdaArn");
        Objects.requireNonNull(state, "state");
        completedSteps = List.copyOf(completedSteps);
    }

    /** The last step that returned, or {@code null} before the first one has. */
    public @Nullable RotationStep lastCompletedStep() {
        return completedSteps.isEmpty() ? null : completedSteps.get(completedSteps.size() - 1);
    }
}
