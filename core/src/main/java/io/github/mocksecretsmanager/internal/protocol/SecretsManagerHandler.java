package io.github.mocksecretsmanager.internal.protocol;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.mocksecretsmanager.internal.engine.AwsException;
import io.github.mocksecretsmanager.internal.engine.ErrorCode;
import io.undertow.io.Receiver;
import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.HttpString;
import io.undertow.util.Methods;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The awsJson1_1 endpoint: {@code POST /} with {@code X-Amz-Target: secretsmanager.<Action>}.
 *
 * <p>Runs on the IO thread: reading the body is non-blocking and every operation is a few
 * microseconds of in-memory work, so there is nothing to dispatch. Every outcome is an AWS-shaped
 * JSON answer; nothing escapes to Undertow's default error page. Request bodies are never logged.
 */
public final class SecretsManagerHandler implements HttpHandler {

    static final String CONTENT_TYPE = "application/x-amz-json-1.1";
    static final String TARGET_PREFIX = "secretsmanager.";
    private static final HttpString TARGET = new HttpString("X-Amz-Target");
    private static final HttpString ERROR_TYPE = new HttpString("x-amzn-ErrorType");
    private static final HttpString REQUEST_ID = new HttpString("x-amzn-RequestId");
    private static final HttpString CONTENT_TYPE_HEADER = new HttpString("Content-Type");
    private static final Logger log = LoggerFactory.getLogger(SecretsManagerHandler.class);

    private final OperationRegistry operations;
    private final JsonFactory json;
    private final int maxRequestBytes;
    private final @Nullable SignatureVerifier signatures;
    private final @Nullable RequestRecorder recorder;

    /**
     * @param signatures checks every request's SigV4 signature; {@code null} to accept any caller
     * @param recorder writes every request into the journal; {@code null} when the journal is off
     */
    public SecretsManagerHandler(
            OperationRegistry operations,
            JsonFactory json,
            int maxRequestBytes,
            @Nullable SignatureVerifier signatures,
            @Nullable RequestRecorder recorder) {
        this.operations = operations;
        this.json = json;
        this.maxRequestBytes = maxRequestBytes;
        this.signatures = signatures;
        this.recorder = recorder;
    }

    @Override
    public void handleRequest(HttpServerExchange exchange) {
        exchange.getResponseHeaders().put(REQUEST_ID, requestId());
        RequestRecorder.@Nullable Entry entry =
                recorder == null ? null : recorder.arrived(exchange, operationAsSent(exchange));
        if (!Methods.POST.equals(exchange.getRequestMethod())) {
            exchange.setPersistent(false); // any body stays unread
            sendError(
                    exchange,
                    new AwsException(
                            ErrorCode.UnknownOperationException,
                            "Secrets Manager actions are sent as POST with an X-Amz-Target header."),
                    entry);
            return;
        }
        Receiver receiver = exchange.getRequestReceiver();
        receiver.setMaxBufferSize(maxRequestBytes);
        receiver.receiveFullBytes((ex, body) -> respond(ex, body, entry), (ex, failure) -> {
            // The connection stays open: Undertow then reads and discards the rest of the body after
            // the answer, so the client (still sending) receives the 413 instead of a connection reset.
            if (failure instanceof Receiver.RequestToLargeException) {
                sendError(
                        ex,
                        new AwsException(
                                ErrorCode.RequestEntityTooLargeException,
                                "The request body is larger than the " + maxRequestBytes
                                        + " bytes this server accepts."),
                        entry);
            } else {
                ex.setPersistent(false);
                sendError(ex, JsonRequest.serialization("The request body could not be read."), entry);
            }
        });
    }

    private void respond(HttpServerExchange exchange, byte[] body, RequestRecorder.@Nullable Entry entry) {
        String action = "(unknown)";
        try {
            if (signatures != null) {
                signatures.verify(exchange, body);
            }
            action = action(exchange.getRequestHeaders().getFirst(TARGET));
            Operation operation = operations.find(action);
            Map<String, Object> members = JsonRequest.parseObject(json, body);
            if (entry != null) {
                entry.members(members);
            }
            RequestFields request = new RequestFields(members);
            ByteArrayOutputStream buffer = new ByteArrayOutputStream(256);
            try (JsonGenerator out = json.createGenerator(buffer)) {
                operation.invoke(request, out);
            }
            if (entry != null) {
                entry.finish(200, null); // before the answer: a client that has it must find it recorded
            }
            exchange.getResponseHeaders().put(CONTENT_TYPE_HEADER, CONTENT_TYPE);
            exchange.getResponseSender().send(ByteBuffer.wrap(buffer.toByteArray()));
            if (log.isDebugEnabled()) {
                log.debug("{} -> 200", action);
            }
        } catch (AwsException e) {
            if (log.isDebugEnabled()) {
                log.debug("{} -> {} {}", action, e.code().httpStatus(), e.code());
            }
            sendError(exchange, e, entry);
        } catch (IOException | RuntimeException e) {
            // The exception's own message is not logged: it could quote request data.
            log.error(
                    "Internal error while handling {}: {}", action, e.getClass().getName());
            sendError(exchange, new AwsException(ErrorCode.InternalServiceError, "An internal error occurred."), entry);
        }
    }

    /** The action named by {@code X-Amz-Target}, however malformed, for the journal. */
    private static String operationAsSent(HttpServerExchange exchange) {
        String target = exchange.getRequestHeaders().getFirst(TARGET);
        if (target == null) {
            return "(no X-Amz-Target)";
        }
        return target.startsWith(TARGET_PREFIX) ? target.substring(TARGET_PREFIX.length()) : target;
    }

    private void sendError(HttpServerExchange exchange, AwsException error, RequestRecorder.@Nullable Entry entry) {
        if (entry != null) {
            entry.finish(error.code().httpStatus(), error.code());
        }
        sendError(exchange, error);
    }

    private static String action(@Nullable String target) {
        if (target == null || !target.startsWith(TARGET_PREFIX)) {
            throw OperationRegistry.unknownOperation();
        }
        return target.substring(TARGET_PREFIX.length());
    }

    /** Writes {@code {"__type": ..., "Message": ...}} with the matching status and {@code x-amzn-ErrorType}. */
    void sendError(HttpServerExchange exchange, AwsException error) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream(128);
        try (JsonGenerator out = json.createGenerator(buffer)) {
            out.writeStartObject();
            out.writeStringField("__type", error.code().name());
            out.writeStringField("Message", error.getMessage());
            out.writeEndObject();
        } catch (IOException e) {
            throw new IllegalStateException("writing to memory cannot fail", e);
        }
        exchange.setStatusCode(error.code().httpStatus());
        exchange.getResponseHeaders().put(CONTENT_TYPE_HEADER, CONTENT_TYPE);
        exchange.getResponseHeaders().put(ERROR_TYPE, error.code().name());
        exchange.getResponseSender().send(ByteBuffer.wrap(buffer.toByteArray()));
    }

    private static String requestId() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return new UUID(random.nextLong(), random.nextLong()).toString();
    }
}
