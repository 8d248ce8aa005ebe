package io.github.mocksecretsmanager;

import java.util.Objects;

/**
 * The access key a server accepts when it {@linkplain ServerConfig#credentials() requires signed
 * requests}. {@link #toString()} never shows the secret key.
 *
 * @param accessKeyId the access key id callers sign with
 * @param secretAccessKey the secret access key callers sign with
 */
public record Credentials(String accessKeyId, String secretAccessKey) {

    public Credentials {
        Objects.requireNonNull(accessKeyId, "accessKeyId");
        Objects.requireNonNull(secretAccessKey, "secretAccessKey");
        if (accessKeyId.isBlank() || secretAccessKey.isBlank()) {
            throw new IllegalArgumentException("accessKeyId and secretAccessKey must not be blank");
        }
    }

    @Override
    public String toString() {
        return "Credentials[accessKeyId=" + accessKeyId + ", secretAccessKey=redacted]";
    }
}
