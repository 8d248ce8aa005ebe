package io.github.mocksecretsmanager.internal.engine;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Finds out why a secret id named no secret, for the request journal and the log: the wire answer
 * stays AWS's {@code ResourceNotFoundException}. The usual causes are a typo or other case, an ARN of
 * another region or account, and an ARN kept from before the secret was deleted and created again.
 */
final class SecretHints {

    private static final int MOST_SIMILAR = 3;

    private final SecretAccess access;

    SecretHints(SecretAccess access) {
        this.access = access;
    }

    /** The secret {@code secretId} names now, or {@code null}. */
    @Nullable
    SecretRef identify(String secretId) {
        StoredSecret secret = access.store().resolve(secretId, access.now());
        if (secret == null) {
            return null;
        }
        synchronized (secret) {
            return secret.isRemoved()
                    ? null
                    : new SecretRef(secret.metadata().name(), secret.metadata().arn());
        }
    }

    /** Why {@code secretId} names no secret, or {@code null} when there is nothing useful to say. */
    @Nullable
    String notFound(String secretId) {
        Instant now = access.now();
        List<String> names =
                access.store().each(now, secret -> secret.metadata().name());
        String name = secretId;
        if (SecretArns.looksLikeArn(secretId)) {
            String[] fields = secretId.split(":", 7);
            if (fields.length < 7 || !fields[5].equals("secret")) {
                return "'" + secretId + "' is not a Secrets Manager secret ARN";
            }
            Scope scope = access.scope();
            if (!fields[3].equals(scope.region()) || !fields[4].equals(scope.accountId())) {
                return "the ARN is for region " + fields[3] + ", account " + fields[4] + ", but the request was made"
                        + " in region " + scope.region() + ", account " + scope.accountId()
                        + " (the region of the client's signature, the account of a 12-digit access key id); an ARN"
                        + " names a secret of the request's own region and account only";
            }
            String withoutSuffix = SecretArns.stripSuffix(fields[6]);
            if (withoutSuffix != null && names.contains(withoutSuffix)) {
                return "a secret named " + withoutSuffix + " exists, but with another ARN suffix: it was deleted and"
                        + " created again after this ARN was taken; use its name or its current ARN";
            }
            name = withoutSuffix != null ? withoutSuffix : fields[6];
        }
        if (names.isEmpty()) {
            return "the server holds no secrets at all";
        }
        List<String> similar = similarTo(name, names);
        return similar.isEmpty() ? null : "similar names: " + String.join(", ", similar);
    }

    private static List<String> similarTo(String name, List<String> names) {
        String lower = name.toLowerCase(Locale.ROOT);
        int allowed = Math.max(2, name.length() / 4);
        return names.stream()
                .map(candidate -> new Scored(candidate, distance(lower, candidate.toLowerCase(Locale.ROOT))))
                .filter(scored -> scored.distance() <= allowed
                        || scored.name().toLowerCase(Locale.ROOT).contains(lower)
                        || lower.contains(scored.name().toLowerCase(Locale.ROOT)))
                .sorted(Comparator.comparingInt(Scored::distance).thenComparing(Scored::name))
                .limit(MOST_SIMILAR)
                .map(Scored::name)
                .toList();
    }

    /** Levenshtein distance. */
    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    private record Scored(String name, int distance) {}
}
