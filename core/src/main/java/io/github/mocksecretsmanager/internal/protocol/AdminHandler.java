package io.github.mocksecretsmanager.internal.protocol;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.mocksecretsmanager.journal.JournalJson;
import io.github.mocksecretsmanager.journal.RecordedRequest;
import io.github.mocksecretsmanager.model.SecretSnapshot;
import io.github.mocksecretsmanager.model.SecretVersion;
import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import io.undertow.util.Methods;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The {@code /__admin/} endpoints for tools and containers: {@code GET /__admin/health},
 * {@code POST /__admin/reset}, {@code GET /__admin/secrets} (names, ARNs, versions and labels; never
 * values), and the request journal, {@code GET} and {@code DELETE /__admin/requests}.
 */
public final class AdminHandler implements HttpHandler {

    public static final String PREFIX = "/__admin/";

    private final JsonFactory json;
    private final Runnable reset;
    private final Supplier<List<SecretSnapshot>> secrets;
    private final @Nullable JournalBuffer journal;

    /** @param journal the request journal, or {@code null} when the server keeps none */
    public AdminHandler(
            JsonFactory json, Runnable reset, Supplier<List<SecretSnapshot>> secrets, @Nullable JournalBuffer journal) {
        this.json = json;
        this.reset = reset;
        this.secrets = secrets;
        this.journal = journal;
    }

    @Override
    public void handleRequest(HttpServerExchange exchange) throws IOException {
        String path = exchange.getRelativePath();
        boolean get = Methods.GET.equals(exchange.getRequestMethod());
        boolean post = Methods.POST.equals(exchange.getRequestMethod());
        if (path.equals(PREFIX + "health") && get) {
            send(exchange, 200, out -> out.writeStringField("status", "UP"));
        } else if (path.equals(PREFIX + "reset") && post) {
            reset.run();
            send(exchange, 200, out -> out.writeStringField("status", "RESET"));
        } else if (path.equals(PREFIX + "secrets") && get) {
            send(exchange, 200, this::writeSecrets);
        } else if (path.equals(PREFIX + "requests") && journal != null && get) {
            sendJournal(exchange, journal);
        } else if (path.equals(PREFIX + "requests") && journal != null && isDelete(exchange)) {
            journal.clear();
            send(exchange, 200, out -> out.writeStringField("status", "CLEARED"));
        } else if (path.equals(PREFIX + "requests") && journal == null && (get || isDelete(exchange))) {
            send(exchange, 409, out -> {
                out.writeStringField("__type", "JournalDisabledException");
                out.writeStringField("Message", "This server keeps no request journal (journal size 0).");
            });
        } else {
            send(exchange, 404, out -> {
                out.writeStringField("__type", "ResourceNotFoundException");
                out.writeStringField("Message", "No admin endpoint at this path and method.");
            });
        }
    }

    private static boolean isDelete(HttpServerExchange exchange) {
        return Methods.DELETE.equals(exchange.getRequestMethod());
    }

    private void writeSecrets(JsonGenerator out) throws IOException {
        out.writeArrayFieldStart("secrets");
        List<SecretSnapshot> all = new ArrayList<>(secrets.get());
        all.sort(Comparator.comparing(SecretSnapshot::name));
        for (SecretSnapshot secret : all) {
            out.writeStartObject();
            out.writeStringField("name", secret.name());
            out.writeStringField("arn", secret.arn());
            out.writeBooleanField("scheduledForDeletion", secret.metadata().isScheduledForDeletion());
            out.writeArrayFieldStart("versions");
            for (SecretVersion version : secret.versions()) {
                out.writeStartObject();
                out.writeStringField("versionId", version.versionId());
                ResponseJson.writeStringList(out, "stages", version.stages());
                out.writeEndObject();
            }
            out.writeEndArray();
            out.writeEndObject();
        }
        out.writeEndArray();
    }

    /** {@code {"requests": [...]}}, oldest first, narrowed by {@code operation}, {@code secretId}, {@code since}. */
    private static void sendJournal(HttpServerExchange exchange, JournalBuffer journal) {
        String operation = query(exchange, "operation");
        String secretId = query(exchange, "secretId");
        String since = query(exchange, "since");
        long after;
        try {
            after = since == null ? 0 : Long.parseLong(since);
        } catch (NumberFormatException e) {
            sendText(
                    exchange,
                    400,
                    "{\"__type\":\"ValidationException\",\"Message\":\"since must be a sequence number.\"}");
            return;
        }
        List<RecordedRequest> entries = journal.entries(after).stream()
                .filter(entry -> operation == null || operation.equals(entry.operation()))
                .filter(entry -> secretId == null || entry.isAbout(secretId))
                .toList();
        sendText(exchange, 200, JournalJson.write(entries));
    }

    private static @Nullable String query(HttpServerExchange exchange, String name) {
        Deque<String> values = exchange.getQueryParameters().get(name);
        return values == null || values.isEmpty() ? null : values.getFirst();
    }

    private static void sendText(HttpServerExchange exchange, int status, String body) {
        exchange.setStatusCode(status);
        exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, "application/json");
        exchange.getResponseSender().send(body, StandardCharsets.UTF_8);
    }

    private interface Body {
        void write(JsonGenerator out) throws IOException;
    }

    private void send(HttpServerExchange exchange, int status, Body body) throws IOException {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream(128);
        try (JsonGenerator out = json.createGenerator(buffer)) {
            out.writeStartObject();
            body.write(out);
            out.writeEndObject();
        }
        exchange.setStatusCode(status);
        exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, "application/json");
        exchange.getResponseSender().send(ByteBuffer.wrap(buffer.toByteArray()));
    }
}
