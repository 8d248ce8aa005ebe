package io.github.mocksecretsmanager.internal.engine;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The one owner of all secrets of a server: a concurrent map from name to {@link StoredSecret}.
 *
 * <p>The map decides which secret object a name refers to; each secret's own monitor guards its
 * contents. A secret taken out of the map is marked removed under its monitor, so a caller that
 * looked it up just before sees the mark and reports "not found" instead of writing to a ghost, and
 * is noted among the {@link PurgedSecrets}: it is gone for good.
 */
final class SecretStore {

    private final ConcurrentHashMap<String, StoredSecret> byName = new ConcurrentHashMap<>();
    private final SecretArns arns;
    private final PurgedSecrets purged;

    SecretStore(SecretArns arns, PurgedSecrets purged) {
        this.arns = arns;
        this.purged = purged;
    }

    /** The live secret a {@code SecretId} (name, full ARN or partial ARN) refers to, or {@code null}. */
    @Nullable
    StoredSecret resolve(String secretId, Instant now) {
        StoredSecret secret;
        if (SecretArns.looksLikeArn(secretId)) {
            secret = resolveArn(secretId);
        } else {
            secret = byName.get(secretId);
        }
        if (secret != null && isPastDeletionDate(secret, now)) {
            remove(secret);
            return null;
        }
        return secret;
    }

    private @Nullable StoredSecret resolveArn(String arn) {
        String rest = arns.resourcePart(arn);
        if (rest == null) {
            return null;
        }
        String nameWithoutSuffix = SecretArns.stripSuffix(rest);
        if (nameWithoutSuffix == null) {
            return byName.get(rest); // a partial ARN: everything after "secret:" is the name
        }
        // Like AWS, an ARN ending in a hyphen and six characters is taken as a full ARN, even when
        // the secret's name itself ends that way and a partial ARN was meant.
        StoredSecret candidate = byName.get(nameWithoutSuffix);
        return candidate != null && candidate.metadata().arn().equals(arn) ? candidate : null;
    }

    /**
     * Publishes {@code fresh} under its name unless a live secret holds the name; returns the holder
     * in that case, or {@code null} when {@code fresh} was published.
     */
    @Nullable
    StoredSecret publishIfAbsent(StoredSecret fresh, Instant now) {
        String name = fresh.metadata().name();
        while (true) {
            StoredSecret holder = byName.putIfAbsent(name, fresh);
            if (holder == null) {
                return null;
            }
            boolean stale;
            synchronized (holder) {
                stale = holder.isRemoved() || isPastDeletionDate(holder, now);
            }
            if (!stale) {
                return holder;
            }
            remove(holder);
        }
    }

    void remove(StoredSecret secret) {
        synchronized (secret) {
            if (secret.isRemoved()) {
                return;
            }
            secret.markRemoved();
            byName.remove(secret.metadata().name(), secret);
            purged.note(secret.metadata().arn());
        }
    }

    void clear() {
        for (StoredSecret secret : byName.values()) {
            remove(secret);
        }
    }

    /** Applies {@code reader} to every live secret under its monitor. */
    <T> List<T> each(Instant now, Function<StoredSecret, T> reader) {
        List<T> results = new ArrayList<>(byName.size());
        for (StoredSecret secret : byName.values()) {
            if (isPastDeletionDate(secret, now)) {
                remove(secret);
                continue;
            }
            synchronized (secret) {
                if (!secret.isRemoved()) {
                    results.add(reader.apply(secret));
                }
            }
        }
        return results;
    }

    private static boolean isPastDeletionDate(StoredSecret secret, Instant now) {
        synchronized (secret) {
            Instant deletionDate = secret.metadata().deletionDate();
            return deletionDate != null && !now.isBefore(deletionDate);
        }
    }
}
