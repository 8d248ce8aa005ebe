package io.github.mocksecretsmanager.internal.protocol;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.mocksecretsmanager.faults.FaultInjection;
import io.github.mocksecretsmanager.faults.FaultRule;
import io.github.mocksecretsmanager.faults.ServerClock;
import io.github.mocksecretsmanager.internal.engine.AwsException;
import io.github.mocksecretsmanager.journal.FaultJson;
import io.github.mocksecretsmanager.journal.JournalJson;
import io.github.mocksecretsmanager.journal.RecordedRequest;
import io.github.mocksecretsmanager.journal.RotationJson;
import io.github.mocksecretsmanager.model.SecretSnapshot;
import io.github.mocksecretsmanager.model.SecretVersion;
import io.github.mocksecretsmanager.rotation.Rotation;
import io.github.mocksecretsmanager.rotation.RotationControl;
import io.github.mocksecretsmanager.rotation.RotationStep;
import io.undertow.io.Receiver;
import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import io.undertow.util.Methods;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The {@code /__admin/} endpoints for tools and containers: {@code GET /__admin/health},
 * {@code POST /__admin/reset}, {@code GET /__admin/secrets} (names, ARNs, region, account, primary region of a replica, versions and labels, of every region and account; never
 * values), the request journal, {@code GET} and {@code DELETE /__admin/requests}, and the clock,
 * {@code GET /__admin/clock} and {@code POST /__admin/clock} with {@code {"advance": "P8D"}} or
 * {@code {"set": "<instant>"}}, and the fault rules: {@code POST /__admin/faults} with a rule (answered with
 * its {@code id}), {@code GET} and {@code DELETE /__admin/faults}, {@code DELETE /__admin/faults/<id>}.
 * Rotation: {@code POST /__admin/rotation-functions} with {@code {"arn": ..., "url": ...}} registers a
 * webhook, {@code GET} lists the ARNs, {@code DELETE} removes them all; {@code GET /__admin/rotations}
 * lists the latest rotation of each secret; {@code GET /__admin/rotation?secretId=...} answers one
 * (404 if none started), after waiting up to {@code awaitSeconds} for it to settle when asked;
 * {@code POST /__admin/rotations/pause} with {@code {"secretId": ..., "step": "createSecret"}} and
 * {@code POST /__admin/rotations/resume} with {@code {"secretId": ...}}.
 *
 * <p>When the server requires signed requests, every endpoint but {@code GET /__admin/health} requires
 * {@code Authorization: Bearer <the server's secret access key>}: 401 without it, 403 with another
 * token, both with an AWS-shaped body and nothing done.
 */
public final class AdminHandler implements HttpHandler {

    public static final String PREFIX = "/__admin/";
    private static final int MAX_BODY_BYTES = 64 * 1024;
    private static final String BEARER = "Bearer ";

    private final JsonFactory json;
    private final Runnable reset;
    private final Supplier<List<SecretSnapshot>> secrets;
    private final @Nullable JournalBuffer journal;
    private final ServerClock clock;
    private final FaultInjection faults;
    private final RotationControl rotations;
    private final byte @Nullable [] token;

    /**
     * @param journal the request journal, or {@code null} when the server keeps none
     * @param token the bearer token every endpoint but health requires, or {@code null} to require none
     */
    public AdminHandler(
            JsonFactory json,
            Runnable reset,
            Supplier<List<SecretSnapshot>> secrets,
            @Nullable JournalBuffer journal,
            ServerClock clock,
            FaultInjection faults,
            RotationControl rotations,
            @Nullable String token) {
        this.token = token == null ? null : token.getBytes(StandardCharsets.UTF_8);
        this.json = json;
        this.reset = reset;
        this.secrets = secrets;
        this.journal = journal;
        this.clock = clock;
        this.faults = faults;
        this.rotations = rotations;
    }

    @Override
    public void handleRequest(HttpServerExchange exchange) throws IOException {
        String path = exchange.getRelativePath();
        boolean get = Methods.GET.equals(exchange.getRequestMethod());
        boolean post = Methods.POST.equals(exchange.getRequestMethod());
        boolean delete = Methods.DELETE.equals(exchange.getRequestMethod());
        if (path.equals(PREFIX + "health") && get) {
            send(exchange, 200, out -> out.writeStringField("status", "UP"));
        } else if (!authorized(exchange)) {
            return;
        } else if (path.equals(PREFIX + "reset") && post) {
            reset.run();
            send(exchange, 200, out -> out.writeStringField("status", "RESET"));
        } else if (path.equals(PREFIX + "secrets") && get) {
            send(exchange, 200, this::writeSecrets);
        } else if (path.equals(PREFIX + "clock") && get) {
            sendClock(exchange);
        } else if (path.equals(PREFIX + "clock") && post) {
            withBody(exchange, (ex, bytes) -> withObject(ex, bytes, this::moveClock));
        } else if (path.equals(PREFIX + "faults") && get) {
            sendText(exchange, 200, FaultJson.writeList(faults.faults()));
        } else if (path.equals(PREFIX + "faults") && post) {
            withBody(exchange, this::addFault);
        } else if (path.equals(PREFIX + "faults") && delete) {
            faults.removeFaults();
            send(exchange, 200, out -> out.writeStringField("status", "CLEARED"));
        } else if (path.startsWith(PREFIX + "faults/") && delete) {
            faults.removeFault(path.substring((PREFIX + "faults/").length()));
            send(exchange, 200, out -> out.writeStringField("status", "REMOVED"));
        } else if (path.startsWith(PREFIX + "rotation")) {
            handleRotation(exchange, path, get, post, delete);
        } else if (path.equals(PREFIX + "requests") && journal != null && get) {
            sendJournal(exchange, journal);
        } else if (path.equals(PREFIX + "requests") && journal != null && delete) {
            journal.clear();
            send(exchange, 200, out -> out.writeStringField("status", "CLEARED"));
        } else if (path.equals(PREFIX + "requests") && journal == null && (get || delete)) {
            send(exchange, 409, out -> {
                out.writeStringField("__type", "JournalDisabledException");
                out.writeStringField("Message", "This server keeps no request journal (journal size 0).");
            });
        } else {
            notFound(exchange, "No admin endpoint at this path and method.");
        }
    }

    /** Answers 401 or 403, and closes the connection (any body stays unread), unless the token is right. */
    private boolean authorized(HttpServerExchange exchange) throws IOException {
        if (token == null) {
            return true;
        }
        String authorization = exchange.getRequestHeaders().getFirst(Headers.AUTHORIZATION);
        if (authorization == null || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            exchange.setPersistent(false);
            exchange.getResponseHeaders().put(Headers.WWW_AUTHENTICATE, "Bearer");
            send(exchange, 401, out -> {
                out.writeStringField("__type", "MissingAuthenticationTokenException");
                out.writeStringField(
                        "Message",
                        "This server requires signed requests: admin endpoints need"
                                + " 'Authorization: Bearer <its secret access key>'.");
            });
            return false;
        }
        byte[] given = authorization.substring(BEARER.length()).trim().getBytes(StandardCharsets.UTF_8);
        if (!MessageDigest.isEqual(token, given)) {
            exchange.setPersistent(false);
            send(exchange, 403, out -> {
                out.writeStringField("__type", "AccessDeniedException");
                out.writeStringField("Message", "The admin token is not this server's secret access key.");
            });
            return false;
        }
        return true;
    }

    private void notFound(HttpServerExchange exchange, String message) throws IOException {
        send(exchange, 404, out -> {
            out.writeStringField("__type", "ResourceNotFoundException");
            out.writeStringField("Message", message);
        });
    }

    private void handleRotation(HttpServerExchange exchange, String path, boolean get, boolean post, boolean delete)
            throws IOException {
        if (path.equals(PREFIX + "rotation-functions") && get) {
            send(
                    exchange,
                    200,
                    out -> ResponseJson.writeStringList(out, "rotationFunctions", rotations.rotationFunctions()));
        } else if (path.equals(PREFIX + "rotation-functions") && post) {
            withBody(exchange, (ex, bytes) -> withObject(ex, bytes, this::registerWebhook));
        } else if (path.equals(PREFIX + "rotation-functions") && delete) {
            rotations.removeRotationFunctions();
            send(exchange, 200, out -> out.writeStringField("status", "CLEARED"));
        } else if (path.equals(PREFIX + "rotations") && get) {
            sendText(exchange, 200, RotationJson.writeRotations(rotations.rotations()));
        } else if (path.equals(PREFIX + "rotation") && get) {
            if (exchange.isInIoThread()) {
                exchange.dispatch(this); // waiting for a rotation must not hold an IO thread
                return;
            }
            sendRotation(exchange);
        } else if (path.equals(PREFIX + "rotations/pause") && post) {
            withBody(exchange, (ex, bytes) -> withObject(ex, bytes, this::pauseRotation));
        } else if (path.equals(PREFIX + "rotations/resume") && post) {
            withBody(exchange, (ex, bytes) -> withObject(ex, bytes, this::resumeRotation));
        } else {
            notFound(exchange, "No admin endpoint at this path and method.");
        }
    }

    private void registerWebhook(HttpServerExchange exchange, Map<String, Object> request) throws IOException {
        if (!(request.get("arn") instanceof String arn) || !(request.get("url") instanceof String url)) {
            badRequest(exchange, "Send {\"arn\": \"<Lambda ARN>\", \"url\": \"<http(s) URL>\"}.");
            return;
        }
        try {
            rotations.registerRotationWebhook(arn, URI.create(url));
        } catch (IllegalArgumentException e) {
            badRequest(exchange, "Bad webhook: " + e.getMessage());
            return;
        }
        send(exchange, 200, out -> {
            out.writeStringField("arn", arn);
            out.writeStringField("url", url);
        });
    }

    /** The latest rotation of {@code secretId}; with {@code awaitSeconds}, once it settles or the time is up. */
    private void sendRotation(HttpServerExchange exchange) throws IOException {
        String secretId = query(exchange, "secretId");
        String await = query(exchange, "awaitSeconds");
        if (secretId == null) {
            badRequest(exchange, "secretId is required.");
            return;
        }
        Optional<Rotation> rotation = rotations.rotation(secretId);
        if (rotation.isPresent() && await != null) {
            long seconds;
            try {
                seconds = Math.min(Long.parseLong(await), 600);
            } catch (NumberFormatException e) {
                badRequest(exchange, "awaitSeconds must be a whole number.");
                return;
            }
            try {
                rotation = Optional.of(rotations.awaitRotation(secretId, Duration.ofSeconds(Math.max(0, seconds))));
            } catch (IllegalStateException stillRunning) {
                rotation = rotations.rotation(secretId);
            }
        }
        if (rotation.isEmpty()) {
            notFound(exchange, "No rotation of " + secretId + " has started since the server started or was reset.");
            return;
        }
        sendText(exchange, 200, RotationJson.writeRotation(rotation.get()));
    }

    private void pauseRotation(HttpServerExchange exchange, Map<String, Object> request) throws IOException {
        RotationStep step;
        try {
            step = RotationStep.of(String.valueOf(request.get("step")));
        } catch (IllegalArgumentException e) {
            badRequest(exchange, e.getMessage() + ".");
            return;
        }
        if (!(request.get("secretId") instanceof String secretId)) {
            badRequest(exchange, "Send {\"secretId\": \"<name or ARN>\", \"step\": \"<createSecret...>\"}.");
            return;
        }
        rotations.pauseRotation(secretId, step);
        send(exchange, 200, out -> out.writeStringField("status", "PAUSING"));
    }

    private void resumeRotation(HttpServerExchange exchange, Map<String, Object> request) throws IOException {
        if (!(request.get("secretId") instanceof String secretId)) {
            badRequest(exchange, "Send {\"secretId\": \"<name or ARN>\"}.");
            return;
        }
        rotations.resumeRotation(secretId);
        send(exchange, 200, out -> out.writeStringField("status", "RESUMED"));
    }

    private void writeSecrets(JsonGenerator out) throws IOException {
        out.writeArrayFieldStart("secrets");
        List<SecretSnapshot> all = new ArrayList<>(secrets.get());
        all.sort(Comparator.comparing(SecretSnapshot::name).thenComparing(SecretSnapshot::arn));
        for (SecretSnapshot secret : all) {
            out.writeStartObject();
            out.writeStringField("name", secret.name());
            out.writeStringField("arn", secret.arn());
            String[] arn = secret.arn().split(":", 6);
            out.writeStringField("region", arn[3]);
            out.writeStringField("accountId", arn[4]);
            ResponseJson.writeOptionalString(
                    out, "primaryRegion", secret.metadata().primaryRegion());
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

    private void sendClock(HttpServerExchange exchange) {
        sendText(exchange, 200, FaultJson.writeNow(clock.now()));
    }

    /** {@code {"advance": "P8D"}} or {@code {"set": "2030-01-01T00:00:00Z"}}. */
    private void moveClock(HttpServerExchange exchange, Map<String, Object> request) throws IOException {
        Object advance = request.get("advance");
        Object set = request.get("set");
        if ((advance == null) == (set == null) || request.size() != 1) {
            badRequest(exchange, "Send {\"advance\": \"<ISO-8601 duration>\"} or {\"set\": \"<ISO-8601 instant>\"}.");
            return;
        }
        try {
            if (advance != null) {
                Duration duration = Duration.parse(String.valueOf(advance));
                if (duration.isNegative()) {
                    badRequest(exchange, "advance must not be negative; use set to go back.");
                    return;
                }
                clock.advance(duration);
            } else {
                clock.set(Instant.parse(String.valueOf(set)));
            }
        } catch (DateTimeParseException e) {
            badRequest(
                    exchange,
                    "advance must be an ISO-8601 duration such as P8D or PT2H, set an ISO-8601"
                            + " instant such as 2030-01-01T00:00:00Z.");
            return;
        }
        sendClock(exchange);
    }

    /** Answers the rule as added, with its {@code id}. */
    private void addFault(HttpServerExchange exchange, byte[] body) {
        FaultRule rule;
        try {
            rule = FaultJson.read(new String(body, StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            badRequest(exchange, "Bad fault rule: " + e.getMessage());
            return;
        }
        String id = faults.addFault(rule);
        sendText(exchange, 200, FaultJson.write(rule.withId(id)));
    }

    private interface BodyHandler {
        void handle(HttpServerExchange exchange, byte[] body) throws IOException;
    }

    private interface ObjectHandler {
        void handle(HttpServerExchange exchange, Map<String, Object> body) throws IOException;
    }

    private void withObject(HttpServerExchange exchange, byte[] bytes, ObjectHandler handler) throws IOException {
        Map<String, Object> body;
        try {
            body = JsonRequest.parseObject(json, bytes);
        } catch (AwsException e) {
            badRequest(exchange, "The body must be a JSON object.");
            return;
        }
        handler.handle(exchange, body);
    }

    /** Reads the body (at most {@link #MAX_BODY_BYTES}), then hands it on; 400 for anything else. */
    private void withBody(HttpServerExchange exchange, BodyHandler handler) {
        Receiver receiver = exchange.getRequestReceiver();
        receiver.setMaxBufferSize(MAX_BODY_BYTES);
        receiver.receiveFullBytes(
                (ex, bytes) -> {
                    try {
                        handler.handle(ex, bytes);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                },
                (ex, failure) -> {
                    ex.setPersistent(false);
                    badRequest(ex, "The body could not be read or is larger than " + MAX_BODY_BYTES + " bytes.");
                });
    }

    void badRequest(HttpServerExchange exchange, String message) {
        try {
            send(exchange, 400, out -> {
                out.writeStringField("__type", "ValidationException");
                out.writeStringField("Message", message);
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
