package io.github.mocksecretsmanager.rotation;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What Secrets Manager sends a rotation function for one step, field for field.
 *
 * @param step the step to run
 * @param secretId the ARN of the secret being rotated
 * @param clientRequestToken the id of the new version (the rotation's token)
 * @param rotationToken the token the function passes to PutSecretValue as {@code RotationToken}
 */
public record RotationEvent(RotationStep step, String secretId, String clientRequestToken, String rotationToken) {

    public RotationEvent {
        Objects.requireNonNull(step, "step");
        Objects.requireNonNull(secretId, "secretId");
        Objects.requireNonNull(clientRequestToken, "clientRequestToken");
        Objects.requireNonNull(rotationToken, "rotationToken");
    }

    /**
     * The event as the map a Lambda handler receives ({@code Step}, {@code SecretId}, {@code
     * ClientRequestToken}, {@code RotationToken}), e.g. for a {@code RequestHandler<Map<String, String>, ?>}.
     */
    public Map<String, String> asMap() {
        Map<String, String> event = new LinkedHashMap<>();
        event.put("Step", step.awsName());
        event.put("SecretId", secretId);
        event.put("ClientRequestToken", clientRequestToken);
        event.put("RotationToken", rotationToken);
        return event;
    }

    /** Without the rotation token, which is a credential of sorts. */
    @Override
    public String toString() {
        return "RotationEvent[step=" + step.awsName() + ", secretId=" + secretId + ", clientRequestToken="
                + clientRequestToken + ", rotationToken=<redacted>]";
    }
}
