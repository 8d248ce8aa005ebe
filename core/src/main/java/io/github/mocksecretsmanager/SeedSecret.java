package io.github.mocksecretsmanager;

import io.github.mocksecretsmanager.model.SecretValue;
import java.util.Objects;

/**
 * A secret a server holds from its start and again after every {@link MockSecretsManagerServer#reset()}.
 *
 * @param name the secret name
 * @param value its first value, which becomes the {@code AWSCURRENT} version
 */
public record SeedSecret(String name, SecretValue value) {

    public SeedSecret {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
    }

    public static SeedSecret ofString(String name, String value) {
        return new SeedSecret(name, SecretValue.ofString(value));
    }

    public static SeedSecret ofBinary(String name, byte[] value) {
        return new SeedSecret(name, SecretValue.ofBinary(value));
    }
}
