package io.github.mocksecretsmanager.internal.engine;

import java.util.concurrent.ThreadLocalRandom;
import org.jspecify.annotations.Nullable;

/** Builds and parses secret ARNs: {@code arn:<partition>:secretsmanager:<region>:<account>:secret:<name>-<6 chars>}. */
final class SecretArns {

    private static final String ALPHANUMERICS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    private static final int SUFFIX_LENGTH = 6;

    private final String prefix;

    SecretArns(String region, String accountId) {
        this.prefix = "arn:" + partitionOf(region) + ":secretsmanager:" + region + ":" + accountId + ":secret:";
    }

    /** The region field of an ARN, or {@code null} when the text is not shaped like an ARN. */
    static @Nullable String regionOf(String arn) {
        String[] fields = arn.split(":", 5);
        return fields.length == 5 && fields[0].equals("arn") ? fields[3] : null;
    }

    /** The same ARN with another region. */
    static String withRegion(String arn, String region) {
        String[] fields = arn.split(":", 5);
        return fields[0] + ":" + fields[1] + ":" + fields[2] + ":" + region + ":" + fields[4];
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

    private static String partitionOf(String region) {
        if (region.startsWith("cn-")) {
            return "aws-cn";
        }
        if (region.startsWith("us-gov-")) {
            return "aws-us-gov";
        }
        return "aws";
    }
}
