package io.github.mocksecretsmanager;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import org.jspecify.annotations.Nullable;

/**
 * The error messages of one seed source: the source, the position and the secret's name where
 * known, then the problem. Never a value, and never Jackson's own message, which can quote the input.
 */
final class SeedFileErrors {

    static final String EXPECTED_ARRAY =
            "a JSON array of secrets, [{\"name\": ..., \"value\": ...}, {\"name\": ..., \"base64\": ...}]";

    private final String source;
    /** The length of the JSON text, to tell an input that stops short; -1 before it is known. */
    private final int textLength;

    /** For problems with reading the input, before there is any JSON text. */
    SeedFileErrors(String source) {
        this(source, -1);
    }

    SeedFileErrors(String source, int textLength) {
        this.source = source;
        this.textLength = textLength;
    }

    String source() {
        return source;
    }

    IllegalArgumentException at(@Nullable JsonLocation where, @Nullable String secret, String problem) {
        StringBuilder message = new StringBuilder(source);
        if (where != null && where.getLineNr() > 0) {
            message.append(", ").append(position(where));
        }
        message.append(": ");
        if (secret != null) {
            message.append("secret \"").append(secret).append("\": ");
        }
        return new IllegalArgumentException(message.append(problem).toString());
    }

    /** A Jackson syntax error, told by its kind and location only. */
    IllegalArgumentException syntax(JsonProcessingException e, @Nullable String secret) {
        String problem;
        JsonLocation where = e.getLocation();
        boolean atTheEnd = where != null && textLength >= 0 && where.getCharOffset() >= textLength;
        if (e instanceof JsonEOFException || atTheEnd) {
            problem = "the JSON ends too early (a closing quote, } or ] is missing)";
        } else if (e instanceof StreamConstraintsException) {
            problem = "the JSON goes beyond a size or nesting limit";
        } else {
            problem = "not valid JSON here (look for a missing or extra comma, colon, quote or bracket)";
        }
        return at(where, secret, problem);
    }

    static String position(JsonLocation where) {
        return "line " + where.getLineNr() + ", column " + where.getColumnNr();
    }

    /** What a token is, for "found ..." in messages: its JSON type, never its text. */
    static String kind(@Nullable JsonToken token) {
        if (token == null) {
            return "nothing";
        }
        return switch (token) {
            case START_OBJECT -> "an object";
            case START_ARRAY -> "an array";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NULL -> "null";
            default -> "something else";
        };
    }
}
