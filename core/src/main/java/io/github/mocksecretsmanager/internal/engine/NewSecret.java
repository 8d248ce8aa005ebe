package io.github.mocksecretsmanager.internal.engine;

import io.github.mocksecretsmanager.model.ReplicaRegion;
import io.github.mocksecretsmanager.model.SecretValue;
import io.github.mocksecretsmanager.model.Tag;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What CreateSecret asks for.
 *
 * @param name the secret name
 * @param clientRequestToken the id of the first version; {@code null} to generate one when a value
 *     is given
 * @param description optional description
 * @param kmsKeyId optional KMS key id, recorded as given
 * @param value the first value, or {@code null} for a secret without versions
 * @param tags tags to attach
 * @param replicas regions to replicate the secret to
 * @param type the managed external secret's type ({@code Type}), or {@code null} for an ordinary secret
 */
public record NewSecret(
        String name,
        @Nullable String clientRequestToken,
        @Nullable String description,
        @Nullable String kmsKeyId,
        @Nullable SecretValue value,
        List<Tag> tags,
        List<ReplicaRegion> replicas,
        @Nullable String type) {

    public NewSecret {
        Objects.requireNonNull(name, "name");
        tags = List.copyOf(tags);
        replicas = List.copyOf(replicas);
    }

    /** A secret that is not a managed external secret. */
    public NewSecret(
            String name,
            @Nullable String clientRequestToken,
            @Nullable String description,
            @Nullable String kmsKeyId,
            @Nullable SecretValue value,
            List<Tag> tags,
            List<ReplicaRegion> replicas) {
        this(name, clientRequestToken, description, kmsKeyId, value, tags, replicas, null);
    }

    /** A secret with a first value under a fresh version id, and nothing else. */
    public static NewSecret of(String name, SecretValue value) {
        return new NewSecret(name, SecretsEngine.newVersionId(), null, null, value, List.of(), List.of());
    }
}
