package io.github.mocksecretsmanager.internal.engine;

/**
 * The account and region a request acts in: each has its own secrets and ARNs, as on AWS.
 *
 * @param accountId twelve digits
 * @param region a region code such as {@code eu-west-1}
 */
public record Scope(String accountId, String region) {

    /**
     * The partition of the region's ARNs: {@code aws-cn} for {@code cn-*}, {@code aws-us-gov} for
     * {@code us-gov-*}, {@code aws} for every other region.
     */
    public String partition() {
        if (region.startsWith("cn-")) {
            return "aws-cn";
        }
        if (region.startsWith("us-gov-")) {
            return "aws-us-gov";
        }
        return "aws";
    }

    /** Whether {@code text} is twelve digits, the shape of an AWS account id. Never uses a regex. */
    public static boolean isAccountId(String text) {
        if (text.length() != 12) {
            return false;
        }
        for (int i = 0; i < 12; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether {@code text} is shaped like a region code, {@code ([a-z]+-)+\d+} as AWS's API model has
     * it (at most 64 characters). Never uses a regex: it runs for every signed request.
     */
    public static boolean isRegion(String text) {
        int length = text.length();
        if (length < 3 || length > 64) {
            return false;
        }
        int i = 0;
        while (i < length) {
            int start = i;
            while (i < length && text.charAt(i) >= 'a' && text.charAt(i) <= 'z') {
                i++;
            }
            if (i == start || i == length || text.charAt(i) != '-') {
                break;
            }
            i++;
            if (i < length && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
                while (i < length && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
                    i++;
                }
                return i == length;
            }
        }
        return false;
    }

    // Written out rather than generated: a record's generated equals and hashCode bootstrap through
    // java.lang.runtime.ObjectMethods on first use, some 30 ms of start-up (the first request uses them).
    @Override
    public boolean equals(Object other) {
        return other instanceof Scope scope && accountId.equals(scope.accountId) && region.equals(scope.region);
    }

    @Override
    public int hashCode() {
        return 31 * accountId.hashCode() + region.hashCode();
    }

    @Override
    public String toString() {
        return region + "/" + accountId;
    }
}
