package io.github.mocksecretsmanager.internal.protocol;

import io.github.mocksecretsmanager.faults.ConnectionFault;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.HttpString;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.xnio.ChannelListener;
import org.xnio.IoUtils;
import org.xnio.Options;
import org.xnio.channels.StreamSinkChannel;

/**
 * Breaks a connection the way a network or a failing server does. No operation runs: what the client
 * sees is all that happens.
 */
final class ConnectionBreaker {

    /** The start of a real answer, announced as longer than it is. */
    private static final byte[] PARTIAL_BODY = "{\"ARN\":\"arn:aws:secretsmanager:".getBytes(StandardCharsets.US_ASCII);

    private static final int ANNOUNCED_LENGTH = 256;

    /** What a proxy in front of a failing service may answer with: a 200 that is not JSON. */
    private static final String MALFORMED_BODY = "<html><body>Service temporarily unavailable</body></html>";

    private static final HttpString CONTENT_TYPE = new HttpString("Content-Type");
    private static final HttpString CONTENT_LENGTH = new HttpString("Content-Length");

    private ConnectionBreaker() {}

    /** @return the HTTP status the client saw, or 0 when it saw none */
    static int apply(HttpServerExchange exchange, ConnectionFault fault) {
        switch (fault) {
            case RESET -> {
                reset(exchange);
                return 0;
            }
            case CLOSE_AFTER_HEADERS -> writeThenClose(exchange, new byte[0]);
            case TRUNCATED_BODY -> writeThenClose(exchange, PARTIAL_BODY);
            case MALFORMED_BODY -> {
                exchange.getResponseHeaders().put(CONTENT_TYPE, SecretsManagerHandler.CONTENT_TYPE);
                exchange.getResponseSender().send(MALFORMED_BODY, StandardCharsets.US_ASCII);
            }
        }
        return 200;
    }

    /** SO_LINGER 0 before the close: the client gets a TCP RST, not an orderly end of stream. */
    private static void reset(HttpServerExchange exchange) {
        try {
            exchange.getConnection().setOption(Options.CLOSE_ABORT, true);
        } catch (IOException | RuntimeException e) {
            // the close below still ends the connection, if not with a reset
        }
        IoUtils.safeClose(exchange.getConnection());
    }

    /** A 200 announcing {@value #ANNOUNCED_LENGTH} bytes, then only {@code body}, then the connection closes. */
    private static void writeThenClose(HttpServerExchange exchange, byte[] body) {
        exchange.setStatusCode(200);
        exchange.getResponseHeaders().put(CONTENT_TYPE, SecretsManagerHandler.CONTENT_TYPE);
        exchange.getResponseHeaders().put(CONTENT_LENGTH, ANNOUNCED_LENGTH);
        ByteBuffer buffer = ByteBuffer.wrap(body);
        StreamSinkChannel channel = exchange.getResponseChannel();
        new ChannelListener<StreamSinkChannel>() {
            @Override
            public void handleEvent(StreamSinkChannel sink) {
                try {
                    while (buffer.hasRemaining()) {
                        if (sink.write(buffer) == 0) {
                            waitForRoom(sink);
                            return;
                        }
                    }
                    if (!sink.flush()) {
                        waitForRoom(sink);
                        return;
                    }
                } catch (IOException e) {
                    // the client went away first; closing is all that is left
                }
                IoUtils.safeClose(exchange.getConnection());
            }

            private void waitForRoom(StreamSinkChannel sink) {
                sink.getWriteSetter().set(this);
                sink.resumeWrites();
            }
        }.handleEvent(channel);
    }
}
