package io.github.mocksecretsmanager.journal;

/** The three ways to name one secret: its name, its full ARN, and its ARN without the random suffix. */
final class SecretIds {

    /** The hyphen and six characters Secrets Manager appends to a secret's name in its ARN. */
    private static final int SUFFIX_LENGTH = 7;

    private SecretIds() {}

    /** The full ARN without its random suffix, the form AWS accepts as a partial ARN. */
    static String partialArn(String fullArn) {
        return fullArn.length() > SUFFIX_LENGTH ? fullArn.substring(0, fullArn.length() - SUFFIX_LENGTH) : fullArn;
    }
}
