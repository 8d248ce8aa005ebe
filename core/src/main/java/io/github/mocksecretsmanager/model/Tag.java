package io.github.mocksecretsmanager.model;

import java.util.Objects;

/** A tag on a secret, as in the AWS {@code Tags} list. */
public record Tag(String key, String value) {
    public Tag {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(value, "value");
    }
}
