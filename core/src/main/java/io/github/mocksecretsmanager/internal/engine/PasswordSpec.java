package io.github.mocksecretsmanager.internal.engine;

/**
 * The options of GetRandomPassword.
 *
 * @param length the number of characters
 * @param excludeCharacters characters never to use; empty for none
 */
public record PasswordSpec(
        int length,
        String excludeCharacters,
        boolean excludeNumbers,
        boolean excludePunctuation,
        boolean excludeUppercase,
        boolean excludeLowercase,
        boolean includeSpace,
        boolean requireEachIncludedType) {

    public static final int DEFAULT_LENGTH = 32;
}
