package io.github.mocksecretsmanager.internal.engine;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What BatchGetSecretValue found.
 *
 * @param values the secrets read, each with its {@code AWSCURRENT} version
 * @param errors one entry per secret that could not be read
 * @param nextToken the token of the next page when secrets were selected by filters, else {@code null}
 */
public record BatchResult(List<VersionResult> values, List<SecretError> errors, @Nullable String nextToken) {

    /** A secret BatchGetSecretValue could not read, with the error GetSecretValue would have answered. */
    public record SecretError(String secretId, String errorCode, String message) {}
}
