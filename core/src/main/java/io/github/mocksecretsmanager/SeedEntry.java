package io.github.mocksecretsmanager;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.StringWriter;
import java.util.Base64;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Reads one {@code {"name": ..., "value" | "base64": ...}} object of a seed file. A problem with a
 * member is reported once the whole object is read, so that the message can name the secret even
 * when {@code "name"} comes last.
 */
final class SeedEntry {

    private static final String MEMBERS = "a secret has \"name\" and exactly one of \"value\" and \"base64\"";

    private final JsonParser parser;
    private final JsonFactory json;
    private final SeedFileErrors errors;
    private final JsonLocation start;
    private final Set<String> members = new HashSet<>();

    private @Nullable String name;
    private @Nullable JsonLocation nameAt;
    private @Nullable String value;
    private @Nullable String base64;
    private @Nullable JsonLocation base64At;
    private @Nullable String problem;
    private @Nullable JsonLocation problemAt;

    /** The parser stands on the entry's {@code START_OBJECT}. */
    SeedEntry(JsonParser parser, JsonFactory json, SeedFileErrors errors) {
        this.parser = parser;
        this.json = json;
        this.errors = errors;
        this.start = parser.currentTokenLocation();
    }

    /** Reads up to and including the entry's {@code END_OBJECT}. */
    SeedSecret read() throws IOException {
        try {
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                member(parser.currentName(), parser.currentTokenLocation());
            }
        } catch (JsonProcessingException e) {
            throw errors.syntax(e, name);
        }
        if (problem != null) {
            throw errors.at(problemAt, name, problem);
        }
        if (name == null) {
            throw errors.at(start, null, "no \"name\"; " + MEMBERS);
        }
        if (name.isEmpty()) {
            throw errors.at(nameAt, null, "\"name\" is empty");
        }
        if (value != null && base64 != null) {
            throw errors.at(start, name, "both \"value\" and \"base64\"; give exactly one");
        }
        if (value != null) {
            return SeedSecret.ofString(name, value);
        }
        if (base64 == null) {
            throw errors.at(start, name, "no \"value\" or \"base64\"; give exactly one");
        }
        try {
            return SeedSecret.ofBinary(name, Base64.getDecoder().decode(base64));
        } catch (IllegalArgumentException e) {
            // The decoder's message is not used: it names the offending character.
            throw errors.at(
                    base64At,
                    name,
                    "\"base64\" is not valid Base64 (the standard alphabet A-Z, a-z, 0-9, + and /,"
                            + " = padding, no line breaks)");
        }
    }

    /** Where the entry's {@code "name"} value stands, once {@link #read()} has returned. */
    JsonLocation nameLocation() {
        return Objects.requireNonNull(nameAt, "read() has not returned");
    }

    private void member(String member, JsonLocation memberAt) throws IOException {
        JsonToken token = parser.nextToken();
        JsonLocation valueAt = parser.currentTokenLocation();
        if (!members.add(member)) {
            problem("\"" + member + "\" is given twice", memberAt);
            parser.skipChildren();
            return;
        }
        switch (member) {
            case "name" -> {
                if (token == JsonToken.VALUE_STRING) {
                    name = parser.getText();
                    nameAt = valueAt;
                } else {
                    problem("\"name\" must be a string, found " + SeedFileErrors.kind(token), valueAt);
                    parser.skipChildren();
                }
            }
            case "value" -> {
                if (token == JsonToken.VALUE_STRING) {
                    value = parser.getText();
                } else if (token == JsonToken.VALUE_NULL) {
                    problem("\"value\" is null; give a string, or other JSON to store as its text", valueAt);
                } else {
                    value = compactJsonText();
                }
            }
            case "base64" -> {
                if (token == JsonToken.VALUE_STRING) {
                    base64 = parser.getText();
                    base64At = valueAt;
                } else {
                    problem("\"base64\" must be a string, found " + SeedFileErrors.kind(token), valueAt);
                    parser.skipChildren();
                }
            }
            default -> {
                problem("unknown member \"" + member + "\"; " + MEMBERS, memberAt);
                parser.skipChildren();
            }
        }
    }

    /** Keeps the first problem: the one nearest the start is the one to fix first. */
    private void problem(String what, JsonLocation where) {
        if (problem == null) {
            problem = what;
            problemAt = where;
        }
    }

    /**
     * The current value as compact JSON. Numbers keep their text exactly ({@code 1.50} stays
     * {@code 1.50}); strings are written anew, so escapes may differ from the input.
     */
    private String compactJsonText() throws IOException {
        StringWriter text = new StringWriter();
        try (JsonGenerator out = json.createGenerator(text)) {
            int depth = 0;
            do {
                JsonToken token = parser.currentToken();
                switch (token) {
                    case START_OBJECT -> {
                        out.writeStartObject();
                        depth++;
                    }
                    case START_ARRAY -> {
                        out.writeStartArray();
                        depth++;
                    }
                    case END_OBJECT -> {
                        out.writeEndObject();
                        depth--;
                    }
                    case END_ARRAY -> {
                        out.writeEndArray();
                        depth--;
                    }
                    case FIELD_NAME -> out.writeFieldName(parser.currentName());
                    case VALUE_STRING -> out.writeString(parser.getText());
                    case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> out.writeNumber(parser.getText());
                    case VALUE_TRUE -> out.writeBoolean(true);
                    case VALUE_FALSE -> out.writeBoolean(false);
                    case VALUE_NULL -> out.writeNull();
                    default -> throw new IllegalStateException("unexpected JSON token " + token);
                }
            } while (depth > 0 && parser.nextToken() != null);
        }
        return text.toString();
    }
}
