package io.github.mocksecretsmanager.faults;

/** Ways a connection can break instead of carrying an answer. */
public enum ConnectionFault {
    /** The connection is reset (TCP RST) before any answer. */
    RESET("reset", "connection reset"),
    /** Status line and headers (announcing a body) arrive, then the connection closes. */
    CLOSE_AFTER_HEADERS("closeAfterHeaders", "connection closed after headers"),
    /** The answer's body stops halfway and the connection closes. */
    TRUNCATED_BODY("truncatedBody", "truncated body"),
    /** A complete 200 answer whose body is not JSON. */
    MALFORMED_BODY("malformedBody", "malformed body");

    private final String jsonName;
    private final String description;

    ConnectionFault(String jsonName, String description) {
        this.jsonName = jsonName;
        this.description = description;
    }

    /** The name in the admin API's JSON, e.g. {@code "closeAfterHeaders"}. */
    public String jsonName() {
        return jsonName;
    }

    /** How the journal describes the fault, e.g. {@code "connection reset"}. */
    public String description() {
        return description;
    }

    /**
     * The fault with this {@link #jsonName()}.
     *
     * @throws IllegalArgumentException when there is none
     */
    public static ConnectionFault ofJsonName(String name) {
        for (ConnectionFault fault : values()) {
            if (fault.jsonName.equals(name)) {
                return fault;
            }
        }
        throw new IllegalArgumentException(
                "connection must be one of \"reset\", \"closeAfterHeaders\", \"truncatedBody\", \"malformedBody\"");
    }
}
