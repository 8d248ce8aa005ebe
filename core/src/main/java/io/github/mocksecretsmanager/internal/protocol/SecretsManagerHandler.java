package io.github.mocksecretsmanager.internal.protocol;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.mocksecretsmanager.faults.ConnectionFault;
import io.github.mocksecretsmanager.faults.FaultRule;
import io.github.mocksecretsmanager.internal.engine.AwsException;
import io.github.mocksecretsmanager.internal.engine.Engines;
import io.github.mocksecretsmanager.internal.engine.ErrorCode;
import io.github.mocksecretsmanager.internal.engine.Scope;
import io.github.mocksecretsmanager.internal.engine.SecretsEngine;
import io.undertow.io.Receiver;
import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import io.undertow.util.HttpString;
import io.undertow.util.Methods;
import io.undertow.util.SameThreadExecutor;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The awsJson1_1 endpoint: {@code POST /} with {@code X-Amz-Target: secretsmanager.<Action>}.
 *
 * <p>Runs on the IO thread: reading the body is non-blocking and every operation is a few
 * microseconds of in-memory work, so there is nothing to dispatch. Fault rules are tried after the
 * request is read and before its operation runs; injected latency is a timer on the IO thread. Every outcome is an AWS-shaped
 * JSON answer; nothing escapes to Undertow's default error page. Request bodies are never logged.
 *
 * <p>Each request acts in the account and region its signature names ({@link ScopeResolver}): the
 * operation table, the journal's secret lookups and the fault rules' all use that scope's engine.
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
    private final ScopeResolver scopes;
    private final Engines engines;
    private final JsonFactory json;
    private final int maxRequestBytes;
    private final @Nullable SignatureVerifier signatures;
    private final @Nullable RequestRecorder recorder;
    private final @Nullable FaultRules faults;

    /**
     * @param signatures checks every request's SigV4 signature; {@code null} to accept any caller
     * @param recorder writes every request into the journal; {@code null} when the journal is off
     * @param faults the fault rules tried before each operation runs; {@code null} for none
     */
    public SecretsManagerHandler(
            OperationRegistry operations,
            ScopeResolver scopes,
            Engines engines,
            JsonFactory json,
            int maxRequestBytes,
            @Nullable SignatureVerifier signatures,
            @Nullable RequestRecorder recorder,
            @Nullable FaultRules faults) {
        this.operations = operations;
        this.scopes = scopes;
        this.engines = engines;
        this.json = json;
        this.maxRequestBytes = maxRequestBytes;
        this.signatures = signatures;
        this.recorder = recorder;
        this.faults = faults;
    }

    @Override
    public void handleRequest(HttpServerExchange exchange) {
        exchange.getResponseHeaders().put(REQUEST_ID, requestId());
        Scope scope = scopes.resolve(exchange.getRequestHeaders().getFirst(Headers.AUTHORIZATION));
        RequestRecorder.@Nullable Entry entry =
                recorder == null ? null : recorder.arrived(exchange, operationAsSent(exchange), engines.engine(scope));
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
        receiver.receiveFullBytes((ex, body) -> respond(ex, scope, body, entry), (ex, failure) -> {
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

    private void respond(HttpServerExchange exchange, Scope scope, byte[] body, RequestRecorder.@Nullable Entry entry) {
        answer(exchange, "(unknown)", entry, () -> {
            if (signatures != null) {
                signatures.verify(exchange, body);
            }
            String action = action(exchange.getRequestHeaders().getFirst(TARGET));
            Operation operation = operations.find(scope, action);
            Map<String, Object> members = JsonRequest.parseObject(json, body);
            if (entry != null) {
                entry.members(members);
            }
            FaultRules.Firing fault =
                    faults == null ? null : faults.fire(action, RequestRecorder.secretIdOf(members), engineOf(scope));
            if (fault == null) {
                invoke(exchange, action, operation, members, entry);
            } else {
                injectFault(exchange, fault, entry, () -> invoke(exchange, action, operation, members, entry));
            }
        });
    }

    private void invoke(
            HttpServerExchange exchange,
            String action,
            Operation operation,
            Map<String, Object> members,
            RequestRecorder.@Nullable Entry entry) {
        answer(exchange, action, entry, () -> {
            RequestFields request = new RequestFields(members);
            ByteArrayOutputStream buffer = new ByteArrayOutputStream(256);
            try (JsonGenerator out = json.createGenerator(buffer)) {
                operation.invoke(request, out);
            }
            if (entry != null) {
                entry.finish(200, (String) null); // before the answer: a client that has it must find it recorded
            }
            exchange.getResponseHeaders().put(CONTENT_TYPE_HEADER, CONTENT_TYPE);
            exchange.getResponseSender().send(ByteBuffer.wrap(buffer.toByteArray()));
            if (log.isDebugEnabled()) {
                log.debug("{} -> 200", action);
            }
        });
    }

    /** Answers with an error, late, or over a broken connection, as the rule that fired says. */
    private void injectFault(
            HttpServerExchange exchange,
            FaultRules.Firing fault,
            RequestRecorder.@Nullable Entry entry,
            Runnable operation) {
        if (entry != null) {
            entry.fault(fault.description());
        }
        if (log.isDebugEnabled()) {
            log.debug("fault injected: {}", fault.description());
        }
        FaultRule rule = fault.rule();
        Duration delay = fault.delay();
        ConnectionFault connection = rule.connection();
        if (rule.errorType() != null) {
            sendError(exchange, rule.status(), rule.errorType(), String.valueOf(rule.message()), entry);
        } else if (delay != null) {
            // Never blocks the IO thread: the operation runs on it once the delay has passed.
            exchange.dispatch(SameThreadExecutor.INSTANCE, () -> exchange.getIoThread()
                    .executeAfter(operation, delay.toMillis(), TimeUnit.MILLISECONDS));
        } else if (connection != null) {
            if (entry != null) {
                entry.finish(connection == ConnectionFault.RESET ? 0 : 200, (String) null);
            }
            ConnectionBreaker.apply(exchange, connection);
        }
    }

    private SecretsEngine engineOf(Scope scope) {
        return engines.engine(scope);
    }

    private interface Step {
        void run() throws IOException;
    }

    /** Runs {@code step}, answering any failure in AWS's shape. */
    private void answer(HttpServerExchange exchange, String action, RequestRecorder.@Nullable Entry entry, Step step) {
        try {
            step.run();
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

    private void sendError(
            HttpServerExchange exchange,
            int status,
            String type,
            String message,
            RequestRecorder.@Nullable Entry entry) {
        if (entry != null) {
            entry.finish(status, type);
        }
        sendError(exchange, status, type, message);
    }

    private static String action(@Nullable String target) {
        if (target == null || !target.startsWith(TARGET_PREFIX)) {
            throw OperationRegistry.unknownOperation();
        }
        return target.substring(TARGET_PREFIX.length());
    }

    /** Writes {@code {"__type": ..., "Message": ...}} with the matching status and {@code x-amzn-ErrorType}. */
    void sendError(HttpServerExchange exchange, AwsException error) {
        sendError(exchange, error.code().httpStatus(), error.code().name(), error.getMessage());
    }

    private void sendError(HttpServerExchange exchange, int status, String type, String message) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream(128);
        try (JsonGenerator out = json.createGenerator(buffer)) {
            out.writeStartObject();
            out.writeStringField("__type", type);
            out.writeStringField("Message", message);
            out.writeEndObject();
        } catch (IOException e) {
            throw new IllegalStateException("writing to memory cannot fail", e);
        }
        exchange.setStatusCode(status);
        exchange.getResponseHeaders().put(CONTENT_TYPE_HEADER, CONTENT_TYPE);
        exchange.getResponseHeaders().put(ERROR_TYPE, type);
        exchange.getResponseSender().send(ByteBuffer.wrap(buffer.toByteArray()));
    }

    private static String requestId() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return new UUID(random.nextLong(), random.nextLong()).toString();
    }
}
