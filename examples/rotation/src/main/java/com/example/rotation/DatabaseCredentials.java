package com.example.rotation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The secret's value: {@code {"username": ..., "password": ...}}, plus whatever else it holds. */
record DatabaseCredentials(ObjectNode json) {

    private static final ObjectMapper JSON = new ObjectMapper();

    static DatabaseCredentials parse(String secretString) {
        try {
            JsonNode node = JSON.readTree(secretString);
            if (!(node instanceof ObjectNode object)
                    || !object.hasNonNull("username")
                    || !object.hasNonNull("password")) {
                throw new IllegalStateException("the secret is not {\"username\": ..., \"password\": ...}");
            }
            return new DatabaseCredentials(object);
        } catch (JsonProcessingException e) {
            // The parser's message may quote the value: leave it out.
            throw new IllegalStateException("the secret is not JSON");
        }
    }

    String username() {
        return json.get("username").asText();
    }

    String password() {
        return json.get("password").asText();
    }

    /** The same secret with another password. */
    DatabaseCredentials withPassword(String password) {
        ObjectNode copy = json.deepCopy();
        copy.put("password", password);
        return new DatabaseCredentials(copy);
    }

    String toJson() {
        return json.toString();
    }

    /** Never the password. */
    @Override
    public String toString() {
        return "DatabaseCredentials[username=" + username() + "]";
    }
}
