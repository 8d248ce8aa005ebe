package io.github.mocksecretsmanager.internal.engine;

import java.util.UUID;

/**
 * Version ids in few bytes, for a store that may hold hundreds of thousands of them. A lowercase
 * canonical UUID, which is what the AWS SDKs send as {@code ClientRequestToken}, becomes two longs
 * (32 bytes instead of an 80-byte {@code String}); any other id stays the {@code String} it is. The
 * key's {@code toString()} gives back exactly the id it was made from.
 */
final class VersionKeys {

    private static final int UUID_LENGTH = 36;

    private VersionKeys() {}

    static Object of(String versionId) {
        if (versionId.length() != UUID_LENGTH) {
            return versionId;
        }
        long high = 0;
        long low = 0;
        int digits = 0;
        for (int i = 0; i < UUID_LENGTH; i++) {
            char c = versionId.charAt(i);
            if (i == 8 || i == 13 || i == 18 || i == 23) {
                if (c != '-') {
                    return versionId;
                }
                continue;
            }
            int value = lowercaseHexValue(c);
            if (value < 0) {
                return versionId;
            }
            if (digits++ < 16) {
                high = high << 4 | value;
            } else {
                low = low << 4 | value;
            }
        }
        return new Uuid(high, low);
    }

    private static int lowercaseHexValue(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        return c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
    }

    private record Uuid(long high, long low) {
        @Override
        public String toString() {
            return new UUID(high, low).toString();
        }
    }
}
