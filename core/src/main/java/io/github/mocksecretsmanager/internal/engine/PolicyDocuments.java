package io.github.mocksecretsmanager.internal.engine;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Resource policies, checked against the IAM policy grammar: a {@code Version} of
 * {@code 2012-10-17} or {@code 2008-10-17}; a {@code Statement} object or non-empty array; each
 * statement with {@code Effect} {@code Allow} or {@code Deny}, exactly one of {@code Principal} /
 * {@code NotPrincipal}, of {@code Action} / {@code NotAction} and of {@code Resource} /
 * {@code NotResource}, an optional string {@code Sid} and an optional {@code Condition} whose
 * operators are IAM's. Anything else is AWS's {@code MalformedPolicyDocumentException}.
 *
 * <p>A policy is public (broad access) when a statement allows {@code "Principal": "*"} (or
 * {@code {"AWS": "*"}}, or uses {@code NotPrincipal} with {@code Allow}) without a condition on a
 * key that identifies the caller ({@link #CALLER_KEYS}).
 */
final class PolicyDocuments {

    private static final JsonFactory JSON = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private static final Set<String> VERSIONS = Set.of("2012-10-17", "2008-10-17");
    private static final Set<String> TOP_LEVEL = Set.of("Version", "Id", "Statement");
    private static final Set<String> STATEMENT_KEYS = Set.of(
            "Sid",
            "Effect",
            "Principal",
            "NotPrincipal",
            "Action",
            "NotAction",
            "Resource",
            "NotResource",
            "Condition");
    private static final Set<String> PRINCIPAL_TYPES = Set.of("AWS", "Service", "Federated", "CanonicalUser");
    private static final Set<String> OPERATORS = Set.of(
            "StringEquals",
            "StringNotEquals",
            "StringEqualsIgnoreCase",
            "StringNotEqualsIgnoreCase",
            "StringLike",
            "StringNotLike",
            "NumericEquals",
            "NumericNotEquals",
            "NumericLessThan",
            "NumericLessThanEquals",
            "NumericGreaterThan",
            "NumericGreaterThanEquals",
            "DateEquals",
            "DateNotEquals",
            "DateLessThan",
            "DateLessThanEquals",
            "DateGreaterThan",
            "DateGreaterThanEquals",
            "Bool",
            "BinaryEquals",
            "IpAddress",
            "NotIpAddress",
            "ArnEquals",
            "ArnLike",
            "ArnNotEquals",
            "ArnNotLike");

    /** Condition keys that narrow who the caller is; a condition on one of them makes a wildcard principal non-public. */
    static final Set<String> CALLER_KEYS = Set.of(
            "aws:principalaccount",
            "aws:principalarn",
            "aws:principalorgid",
            "aws:principalorgpaths",
            "aws:sourceaccount",
            "aws:sourcearn",
            "aws:sourceowner",
            "aws:sourceorgid",
            "aws:sourceorgpaths",
            "aws:sourcevpc",
            "aws:sourcevpce",
            "aws:sourceip",
            "aws:userid",
            "aws:username");

    private static final Pattern ACTION = Pattern.compile("\\*|[A-Za-z0-9-]+:[A-Za-z0-9*?]+");

    private PolicyDocuments() {}

    /**
     * Checks the grammar ({@code MalformedPolicyDocumentException} when the document breaks it) and
     * tells whether the policy grants broad access.
     *
     * @return whether some statement allows everyone without a condition restricting the caller
     */
    static boolean isPublic(String policy) {
        for (Map<String, Object> statement : parse(policy)) {
            if ("Allow".equals(statement.get("Effect")) && grantsEveryone(statement) && !restrictsCaller(statement)) {
                return true;
            }
        }
        return false;
    }

    private static boolean grantsEveryone(Map<String, Object> statement) {
        if (statement.containsKey("NotPrincipal")) {
            return true;
        }
        Object principal = statement.get("Principal");
        if ("*".equals(principal)) {
            return true;
        }
        if (principal instanceof Map<?, ?> byType) {
            Object aws = byType.get("AWS");
            return "*".equals(aws) || (aws instanceof List<?> list && list.contains("*"));
        }
        return false;
    }

    private static boolean restrictsCaller(Map<String, Object> statement) {
        if (!(statement.get("Condition") instanceof Map<?, ?> condition)) {
            return false;
        }
        for (Object keys : condition.values()) {
            for (Map.Entry<?, ?> test : ((Map<?, ?>) keys).entrySet()) {
                String key = String.valueOf(test.getKey()).toLowerCase(Locale.ROOT);
                Object value = test.getValue();
                boolean wildcard = "*".equals(value) || (value instanceof List<?> list && list.contains("*"));
                if (CALLER_KEYS.contains(key) && !wildcard) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The statements of a policy that follows the grammar. */
    private static List<Map<String, Object>> parse(String policy) {
        Object document;
        try (JsonParser parser = JSON.createParser(policy)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw Errors.malformedPolicy();
            }
            document = read(parser, first);
            if (parser.nextToken() != null) {
                throw Errors.malformedPolicy();
            }
        } catch (IOException e) {
            throw Errors.malformedPolicy();
        }
        Map<String, Object> top = object(document);
        requireOnly(top, TOP_LEVEL);
        if (top.containsKey("Version") && !VERSIONS.contains(top.get("Version"))) {
            throw Errors.malformedPolicy();
        }
        if (top.containsKey("Id") && !(top.get("Id") instanceof String)) {
            throw Errors.malformedPolicy();
        }
        Object statements = top.get("Statement");
        List<Object> list = statements instanceof List<?> many ? new ArrayList<>(many) : new ArrayList<>();
        if (statements instanceof Map<?, ?>) {
            list.add(statements);
        }
        if (list.isEmpty()) {
            throw Errors.malformedPolicy();
        }
        List<Map<String, Object>> checked = new ArrayList<>();
        for (Object statement : list) {
            checked.add(statement(object(statement)));
        }
        return checked;
    }

    private static Map<String, Object> statement(Map<String, Object> statement) {
        requireOnly(statement, STATEMENT_KEYS);
        if (statement.containsKey("Sid") && !(statement.get("Sid") instanceof String)) {
            throw Errors.malformedPolicy();
        }
        Object effect = statement.get("Effect");
        if (!"Allow".equals(effect) && !"Deny".equals(effect)) {
            throw Errors.malformedPolicy();
        }
        principal(exactlyOne(statement, "Principal", "NotPrincipal"));
        for (String action : strings(exactlyOne(statement, "Action", "NotAction"))) {
            if (!ACTION.matcher(action).matches()) {
                throw Errors.malformedPolicy();
            }
        }
        strings(exactlyOne(statement, "Resource", "NotResource"));
        if (statement.containsKey("Condition")) {
            condition(statement.get("Condition"));
        }
        return statement;
    }

    private static void principal(Object principal) {
        if ("*".equals(principal)) {
            return;
        }
        Map<String, Object> byType = object(principal);
        if (byType.isEmpty()) {
            throw Errors.malformedPolicy();
        }
        requireOnly(byType, PRINCIPAL_TYPES);
        byType.values().forEach(PolicyDocuments::strings);
    }

    private static void condition(@Nullable Object condition) {
        for (Map.Entry<String, Object> operator : object(condition).entrySet()) {
            if (!isOperator(operator.getKey())) {
                throw Errors.malformedPolicy();
            }
            Map<String, Object> keys = object(operator.getValue());
            if (keys.isEmpty()) {
                throw Errors.malformedPolicy();
            }
            for (Object values : keys.values()) {
                List<?> all = values instanceof List<?> list ? list : List.of(values);
                if (all.isEmpty()) {
                    throw Errors.malformedPolicy();
                }
                for (Object value : all) {
                    if (!(value instanceof String || value instanceof Boolean || value instanceof Number)) {
                        throw Errors.malformedPolicy();
                    }
                }
            }
        }
    }

    private static boolean isOperator(String name) {
        String operator = name;
        if (operator.startsWith("ForAnyValue:") || operator.startsWith("ForAllValues:")) {
            operator = operator.substring(operator.indexOf(':') + 1);
        }
        if (operator.equals("Null")) {
            return true;
        }
        if (operator.endsWith("IfExists")) {
            operator = operator.substring(0, operator.length() - "IfExists".length());
        }
        return OPERATORS.contains(operator);
    }

    private static Object exactlyOne(Map<String, Object> statement, String key, String notKey) {
        Object value = statement.get(key);
        Object notValue = statement.get(notKey);
        if ((value == null) == (notValue == null)) {
            throw Errors.malformedPolicy();
        }
        return value != null ? value : notValue;
    }

    /** A string or a non-empty array of non-empty strings. */
    private static List<String> strings(@Nullable Object value) {
        if (value == null) {
            throw Errors.malformedPolicy();
        }
        List<?> all = value instanceof List<?> list ? list : List.of(value);
        if (all.isEmpty()) {
            throw Errors.malformedPolicy();
        }
        List<String> strings = new ArrayList<>();
        for (Object item : all) {
            if (!(item instanceof String text) || text.isEmpty()) {
                throw Errors.malformedPolicy();
            }
            strings.add(text);
        }
        return strings;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> object(@Nullable Object value) {
        if (!(value instanceof Map<?, ?>)) {
            throw Errors.malformedPolicy();
        }
        return (Map<String, Object>) value;
    }

    private static void requireOnly(Map<String, Object> object, Set<String> allowed) {
        if (!allowed.containsAll(object.keySet())) {
            throw Errors.malformedPolicy();
        }
    }

    /** The JSON value starting at {@code token}: a map, a list, a string, a boolean, a number or {@code null}'s stand-in. */
    private static Object read(JsonParser parser, @Nullable JsonToken token) throws IOException {
        if (token == null) {
            throw Errors.malformedPolicy();
        }
        switch (token) {
            case START_OBJECT -> {
                Map<String, Object> object = new LinkedHashMap<>();
                JsonToken next;
                while ((next = parser.nextToken()) == JsonToken.FIELD_NAME) {
                    String key = parser.currentName();
                    object.put(key, read(parser, parser.nextToken()));
                }
                if (next != JsonToken.END_OBJECT) {
                    throw Errors.malformedPolicy();
                }
                return object;
            }
            case START_ARRAY -> {
                List<Object> array = new ArrayList<>();
                JsonToken next;
                while ((next = parser.nextToken()) != JsonToken.END_ARRAY) {
                    if (next == null) {
                        throw Errors.malformedPolicy();
                    }
                    array.add(read(parser, next));
                }
                return array;
            }
            case VALUE_STRING -> {
                return parser.getText();
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return parser.getBooleanValue();
            }
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
                return parser.getNumberValue();
            }
            default -> {
                // null, or a token that cannot start a value: neither belongs in a policy.
                throw Errors.malformedPolicy();
            }
        }
    }
}
