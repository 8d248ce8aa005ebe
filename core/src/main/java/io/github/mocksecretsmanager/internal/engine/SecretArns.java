package io.github.mocksecretsmanager.internal.engine;

import java.util.concurrent.ThreadLocalRandom;
import org.jspecify.annotations.Nullable;

/** Builds and parses secret ARNs: {@code arn:<partition>:secretsmanager:<region>:<account>:secret:<name>-<6 chars>}. */
final class SecretArns {

    private static final String ALPHANUMERICS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    private static final int SUFFIX_LENGTH = 6;

    private final String prefix;

    SecretArns(Scope scope) {
        this.prefix =
                "arn:" + scope.partition() + ":secretsmanager:" + scope.region() + ":" + scope.accountId() + ":secret:";
    }

    /**
     * The account and region of a Secrets Manager secret ARN, or {@code null} when the text is not one
     * (or names no valid account or region).
     */
    static @Nullable Scope scopeOf(String arn) {
        String[] fields = arn.split(":", 7);
        if (fields.length < 7
                || !fields[0].equals("arn")
                || !fields[2].equals("secretsmanager")
                || !fields[5].equals("secret")
                || !Scope.isRegion(fields[3])
                || !Scope.isAccountId(fields[4])) {
            return null;
        }
        return new Scope(fields[4], fields[3]);
    }

    /** The region field of an ARN, or {@code null} when the text is not shaped like an ARN. */
    static @Nullable String regionOf(String arn) {
        String[] fields = arn.split(":", 5);
        return fields.length == 5 && fields[0].equals("arn") ? fields[3] : null;
    }

    /** The same ARN with another region (and that region's partition). */
    static String withRegion(String arn, String region) {
        String[] fields = arn.split(":", 5);
        String partition = new Scope("000000000000", region).partition();
        return fields[0] + ":" + partition + ":" + fields[2] + ":" + region + ":" + fields[4];
    }

    static boolean looksLikeArn(String secretId) {
        return secretId.startsWith("arn:");
    }

    String newArn(String name) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        StringBuilder arn = new StringBuilder(prefix.length() + name.length() + 1 + SUFFIX_LENGTH);
        arn.append(prefix).append(name).append('-');
        for (int i = 0; i < SUFFIX_LENGTH; i++) {
            arn.append(ALPHANUMERICS.charAt(random.nextInt(ALPHANUMERICS.length())));
        }
        return arn.toString();
    }

    /** What follows {@code secret:} in an ARN of this server's region and account, or {@code null}. */
    @Nullable
    String resourcePart(String arn) {
        return arn.startsWith(prefix) && arn.length() > prefix.length() ? arn.substring(prefix.length()) : null;
    }

    /** {@code name} for {@code name-abc123}, or {@code null} when there is no such suffix. */
    static @Nullable String stripSuffix(String nameWithSuffix) {
        int dash = nameWithSuffix.length() - SUFFIX_LENGTH - 1;
        if (dash < 1 || nameWithSuffix.charAt(dash) != '-') {
            return null;
        }
        for (int i = dash + 1; i < nameWithSuffix.length(); i++) {
            if (ALPHANUMERICS.indexOf(nameWithSuffix.charAt(i)) < 0) {
                return null;
            }
        }
        return nameWithSuffix.substring(0, dash);
    }
}
