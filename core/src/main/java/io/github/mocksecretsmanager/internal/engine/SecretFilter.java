package io.github.mocksecretsmanager.internal.engine;

import io.github.mocksecretsmanager.model.SecretMetadata;
import io.github.mocksecretsmanager.model.Tag;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One ListSecrets filter: a key and up to ten values. A secret matches when any value matches (OR);
 * a value starting with {@code !} matches the secrets the rest of it does not match. Matching is a
 * prefix match as the API reference documents it: case-sensitive, except for {@code description}
 * and {@code all}; {@code all} splits the value into words and needs each word to prefix a word of
 * any attribute.
 */
public record SecretFilter(Key key, List<String> values) {

    /** The filter keys of the API, with their wire names. */
    public enum Key {
        NAME("name"),
        DESCRIPTION("description"),
        TAG_KEY("tag-key"),
        TAG_VALUE("tag-value"),
        PRIMARY_REGION("primary-region"),
        OWNING_SERVICE("owning-service"),
        ALL("all");

        private final String wireName;

        Key(String wireName) {
            this.wireName = wireName;
        }

        public String wireName() {
            return wireName;
        }

        /** The key with this wire name; the name must be one of {@link #wireName()}'s. */
        public static Key fromWireName(String name) {
            for (Key key : values()) {
                if (key.wireName.equals(name)) {
                    return key;
                }
            }
            throw new IllegalArgumentException("no filter key named " + name);
        }
    }

    public SecretFilter {
        Objects.requireNonNull(key, "key");
        values = List.copyOf(values);
    }

    /**
     * @param primaryRegion the region the secret lives in (this server's region)
     */
    boolean matches(SecretMetadata secret, String primaryRegion) {
        List<String> attributes = attributes(secret, primaryRegion);
        for (String value : values) {
            boolean negated = value.startsWith("!");
            String wanted = negated ? value.substring(1) : value;
            if (anyMatches(wanted, attributes) != negated) {
                return true;
            }
        }
        return false;
    }

    private boolean anyMatches(String wanted, List<String> attributes) {
        if (key == Key.ALL) {
            return allWordsMatch(wanted, attributes);
        }
        boolean ignoreCase = key == Key.DESCRIPTION;
        for (String attribute : attributes) {
            if (ignoreCase
                    ? attribute.toLowerCase(Locale.ROOT).startsWith(wanted.toLowerCase(Locale.ROOT))
                    : attribute.startsWith(wanted)) {
                return true;
            }
        }
        return false;
    }

    private static boolean allWordsMatch(String wanted, List<String> attributes) {
        List<String> wantedWords = words(wanted);
        if (wantedWords.isEmpty()) {
            return false;
        }
        List<String> attributeWords = new ArrayList<>();
        for (String attribute : attributes) {
            attributeWords.add(attribute.toLowerCase(Locale.ROOT));
            attributeWords.addAll(words(attribute));
        }
        for (String word : wantedWords) {
            if (attributeWords.stream().noneMatch(candidate -> candidate.startsWith(word))) {
                return false;
            }
        }
        return true;
    }

    /** Lower-case words, split at white space and at the punctuation allowed in names and tags. */
    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        for (String word : text.toLowerCase(Locale.ROOT).split("[\\s/_+=.@:\\-]+")) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }

    private List<String> attributes(SecretMetadata secret, String primaryRegion) {
        List<String> attributes = new ArrayList<>();
        switch (key) {
            case NAME -> attributes.add(secret.name());
            case DESCRIPTION -> addIfPresent(attributes, secret.description());
            case TAG_KEY -> secret.tags().forEach(tag -> attributes.add(tag.key()));
            case TAG_VALUE -> secret.tags().forEach(tag -> attributes.add(tag.value()));
            case PRIMARY_REGION -> attributes.add(primaryRegion);
            case OWNING_SERVICE -> {
                // Secrets created through this API are never owned by another service.
            }
            case ALL -> {
                attributes.add(secret.name());
                addIfPresent(attributes, secret.description());
                for (Tag tag : secret.tags()) {
                    attributes.add(tag.key());
                    attributes.add(tag.value());
                }
                attributes.add(primaryRegion);
            }
        }
        return attributes;
    }

    private static void addIfPresent(List<String> attributes, @Nullable String value) {
        if (value != null) {
            attributes.add(value);
        }
    }
}
