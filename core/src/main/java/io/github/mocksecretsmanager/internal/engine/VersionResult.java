package io.github.mocksecretsmanager.internal.engine;

import io.github.mocksecretsmanager.model.SecretMetadata;
import io.github.mocksecretsmanager.model.SecretVersion;
import org.jspecify.annotations.Nullable;

/**
 * A secret and one of its versions, as they were when an operation finished.
 *
 * @param version the version written or read; {@code null} when CreateSecret made no version
 */
public record VersionResult(SecretMetadata secret, @Nullable SecretVersion version) {

    /** The version of an operation that always makes or reads one (PutSecretValue, GetSecretValue). */
    public SecretVersion requiredVersion() {
        if (version == null) {
            throw new IllegalStateException("this operation result has no version");
        }
        return version;
    }
}
