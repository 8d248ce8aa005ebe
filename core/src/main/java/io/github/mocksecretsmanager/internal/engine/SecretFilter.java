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
 * a value starting with {@code !} matches the secrets the rest of it does not match. {@code name},
 * {@code tag-key}, {@code tag-value}, {@code primary-region} and {@code owning-service} are
 * case-sensitive prefix matches of the whole attribute; {@code description} and {@code all} split
 * the value and the attributes into {@linkplain #words words} and need every word of the value to
 * start, ignoring case, a word of the attribute (of any attribute, for {@code all}), as recorded
 * against AWS.
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
        if (key == Key.ALL || key == Key.DESCRIPTION) {
            return allWordsMatch(wanted, attributes);
        }
        for (String attribute : attributes) {
            if (attribute.startsWith(wanted)) {
                return true;
            }
        }
        return false;
    }

    /** Whether every word of the value, ignoring case, starts a word of one of the attributes. */
    private static boolean allWordsMatch(String wanted, List<String> attributes) {
        List<String> wantedWords = words(wanted);
        if (wantedWords.isEmpty()) {
            return false;
        }
        List<String> attributeWords = new ArrayList<>();
        for (String attribute : attributes) {
            attributeWords.addAll(words(attribute));
        }
        for (String word : wantedWords) {
            if (attributeWords.stream().noneMatch(candidate -> candidate.startsWith(word))) {
                return false;
            }
        }
        return true;
    }

    /**
     * The words of a text, in lower case, as AWS splits names, descriptions and filter values: at
     * white space and at {@code / _ + = . @ -}, and inside a word where a lower-case letter meets an
     * upper-case one ({@code ThisTestSecret}: this, test, secret) or where a run of capitals ends
     * before a lower-case letter ({@code COMPANYthings}: compan, ythings).
     */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        for (String piece : text.split("[\\s/_+=.@\\-]+")) {
            int start = 0;
            for (int i = 1; i < piece.length(); i++) {
                char previous = piece.charAt(i - 1);
                char current = piece.charAt(i);
                boolean lowerToUpper = Character.isLowerCase(previous) && Character.isUpperCase(current);
                boolean capitalsEnd = Character.isUpperCase(previous)
                        && Character.isUpperCase(current)
                        && i + 1 < piece.length()
                        && Character.isLowerCase(piece.charAt(i + 1));
                if (lowerToUpper || capitalsEnd) {
                    words.add(piece.substring(start, i).toLowerCase(Locale.ROOT));
                    start = i;
                }
            }
            if (start < piece.length()) {
                words.add(piece.substring(start).toLowerCase(Locale.ROOT));
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
