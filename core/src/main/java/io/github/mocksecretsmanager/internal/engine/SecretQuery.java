package io.github.mocksecretsmanager.internal.engine;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What ListSecrets asks for.
 *
 * @param filters filters that must all match (AND); empty for every secret
 * @param includePlannedDeletion whether secrets scheduled for deletion are listed
 * @param sortBy the sort key
 * @param ascending the sort order
 * @param maxResults the page size
 * @param nextToken the previous page's token, or {@code null} for the first page
 */
public record SecretQuery(
        List<SecretFilter> filters,
        boolean includePlannedDeletion,
        SortBy sortBy,
        boolean ascending,
        int maxResults,
        @Nullable String nextToken) {

    /** The sort keys of the API, with their wire names. */
    public enum SortBy {
        CREATED_DATE("created-date"),
        LAST_ACCESSED_DATE("last-accessed-date"),
        LAST_CHANGED_DATE("last-changed-date"),
        NAME("name");

        private final String wireName;

        SortBy(String wireName) {
            this.wireName = wireName;
        }

        public String wireName() {
            return wireName;
        }

        /** The sort key with this wire name; the name must be one of {@link #wireName()}'s. */
        public static SortBy fromWireName(String name) {
            for (SortBy sortBy : values()) {
                if (sortBy.wireName.equals(name)) {
                    return sortBy;
                }
            }
            throw new IllegalArgumentException("no sort key named " + name);
        }
    }

    public SecretQuery {
        filters = List.copyOf(filters);
        Objects.requireNonNull(sortBy, "sortBy");
    }
}
