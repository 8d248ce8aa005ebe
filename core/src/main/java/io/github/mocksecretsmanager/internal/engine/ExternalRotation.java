package io.github.mocksecretsmanager.internal.engine;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * RotateSecret's members for a managed external secret.
 *
 * @param metadata {@code ExternalSecretRotationMetadata} in the order given, or {@code null} to keep
 *     what was recorded
 * @param roleArn {@code ExternalSecretRotationRoleArn}, or {@code null} to keep what was recorded
 */
public record ExternalRotation(@Nullable Map<String, String> metadata, @Nullable String roleArn) {

    public ExternalRotation {
        metadata = metadata == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(metadata));
    }
}
