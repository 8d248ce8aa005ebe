package io.github.mocksecretsmanager;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import java.util.concurrent.TimeUnit;
import org.xnio.IoUtils;
import org.xnio.XnioExecutor;

/**
 * Closes the connection of a request whose body has not fully arrived {@code timeoutMillis} after its
 * headers did, so that a client that stalls (or trickles) mid-body holds a connection no longer than
 * that. Undertow's own read timeout would also close connections kept alive between requests, which
 * {@link ServerConfig#idleTimeout()} governs instead. No answer is sent: the handler may be mid-way
 * through reading the body, and the client is not reading anyway.
 */
final class BodyDeadline implements HttpHandler {

    private final int timeoutMillis;
    private final HttpHandler next;

    BodyDeadline(int timeoutMillis, HttpHandler next) {
        this.timeoutMillis = timeoutMillis;
        this.next = next;
    }

    @Override
    public void handleRequest(HttpServerExchange exchange) throws Exception {
        if (!exchange.isRequestComplete()) {
            XnioExecutor.Key deadline = exchange.getIoThread()
                    .executeAfter(
                            () -> {
                                if (!exchange.isRequestComplete()) {
                                    IoUtils.safeClose(exchange.getConnection());
                                }
                            },
                            timeoutMillis,
                            TimeUnit.MILLISECONDS);
            exchange.addExchangeCompleteListener((ex, nextListener) -> {
                deadline.remove();
                nextListener.proceed();
            });
        }
        next.handleRequest(exchange);
    }
}
