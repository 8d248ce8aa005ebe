package io.github.mocksecretsmanager.internal.engine;

import io.github.mocksecretsmanager.model.SecretMetadata;
import io.github.mocksecretsmanager.model.SecretSnapshot;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Sorts and pages ListSecrets results. A page token names the sort position of the first secret of
 * the next page (sort key, name, ARN), not an offset, so secrets created or deleted between calls
 * never shift the pages: every secret present throughout is listed exactly once.
 */
final class SecretListing {

    private static final String SEPARATOR = "\n";

    private SecretListing() {}

    static SecretPage page(List<SecretSnapshot> matching, SecretQuery query) {
        Comparator<Position> order = Comparator.comparing(Position::key)
                .thenComparing(Position::name)
                .thenComparing(Position::arn);
        if (!query.ascending()) {
            order = order.reversed();
        }
        List<Positioned> sorted = new ArrayList<>(matching.size());
        for (SecretSnapshot secret : matching) {
            sorted.add(new Positioned(position(secret.metadata(), query.sortBy()), secret));
        }
        Comparator<Position> finalOrder = order;
        sorted.sort((a, b) -> finalOrder.compare(a.position(), b.position()));
        int start = 0;
        if (query.nextToken() != null) {
            Position resumeAt = decode(query.nextToken(), query);
            while (start < sorted.size() && finalOrder.compare(sorted.get(start).position(), resumeAt) < 0) {
                start++;
            }
        }
        int end = Math.min(sorted.size(), start + query.maxResults());
        List<SecretSnapshot> page = new ArrayList<>(end - start);
        for (int i = start; i < end; i++) {
            page.add(sorted.get(i).secret());
        }
        String token = end < sorted.size() ? encode(sorted.get(end).position(), query) : null;
        return new SecretPage(List.copyOf(page), token);
    }

    private record Position(String key, String name, String arn) {}

    private record Positioned(Position position, SecretSnapshot secret) {}

    private static Position position(SecretMetadata secret, SecretQuery.SortBy sortBy) {
        String key =
                switch (sortBy) {
                    case NAME -> "";
                    case CREATED_DATE -> sortable(secret.createdDate());
                    case LAST_CHANGED_DATE -> sortable(secret.lastChangedDate());
                    case LAST_ACCESSED_DATE -> sortable(secret.lastAccessedDate());
                };
        return new Position(key, secret.name(), secret.arn());
    }

    /** Epoch milliseconds, zero-padded so that text order is time order; never-set dates sort first. */
    private static String sortable(@Nullable Instant instant) {
        return instant == null ? "" : String.format("%020d", instant.toEpochMilli());
    }

    private static String encode(Position position, SecretQuery query) {
        String plain = String.join(SEPARATOR, orderOf(query), position.key(), position.name(), position.arn());
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    private static Position decode(String token, SecretQuery query) {
        String plain;
        try {
            plain = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw Errors.invalidNextToken();
        }
        String[] parts = plain.split(SEPARATOR, -1);
        if (parts.length != 4 || !parts[0].equals(orderOf(query))) {
            throw Errors.invalidNextToken(); // from another sort order, or not ours at all
        }
        return new Position(parts[1], parts[2], parts[3]);
    }

    private static String orderOf(SecretQuery query) {
        return query.sortBy().wireName() + (query.ascending() ? ":asc" : ":desc");
    }
}
