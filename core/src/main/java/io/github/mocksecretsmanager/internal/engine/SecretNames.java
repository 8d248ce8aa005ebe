package io.github.mocksecretsmanager.internal.engine;

/** AWS's rule for secret names: letters, digits and {@code /_+=.@-}. */
final class SecretNames {

    private SecretNames() {}

    static void validateName(String name) {
        if (name.isEmpty()) {
            throw Errors.invalidName();
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean valid = (c >= 'a' && c <= 'z')
                    || (c >= 'A' && c <= 'Z')
                    || (c >= '0' && c <= '9')
                    || c == '/'
                    || c == '_'
                    || c == '+'
                    || c == '='
                    || c == '.'
                    || c == '@'
                    || c == '-';
            if (!valid) {
                throw Errors.invalidName();
            }
        }
    }
}
