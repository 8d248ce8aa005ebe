package io.github.mocksecretsmanager.rotation.webhook;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.github.mocksecretsmanager.journal.RotationJson;
import io.github.mocksecretsmanager.rotation.RotationEvent;
import io.github.mocksecretsmanager.rotation.RotationFunction;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Serves a {@link RotationFunction} as a rotation webhook: each POST of an event runs one step and
 * answers 204, or 500 when the function throws. The container module uses it to run a function of
 * the test's JVM for a server in a container; use it directly for a standalone server.
 *
 * <pre>{@code
 * try (RotationWebhookServer webhook = RotationWebhookServer.start(function)) {
 *     // register webhook.uri() for the Lambda ARN, then rotate
 * }
 * }</pre>
 */
public final class RotationWebhookServer implements AutoCloseable {

    private static final int MAX_EVENT_BYTES = 64 * 1024;

    private final HttpServer server;
    private final ExecutorService threads;
    private final URI uri;

    private RotationWebhookServer(HttpServer server, ExecutorService threads, String host) {
        this.server = server;
        this.threads = threads;
        this.uri = URI.create("http://" + host + ":" + server.getAddress().getPort() + "/");
    }

    /** Serves {@code function} on 127.0.0.1 and a free port. */
    public static RotationWebhookServer start(RotationFunction function) {
        return start("127.0.0.1", 0, function);
    }

    /**
     * Serves {@code function} on {@code bindAddress} and {@code port} (0 for a free one); {@code
     * 0.0.0.0} makes it reachable from containers.
     */
    public static RotationWebhookServer start(String bindAddress, int port, RotationFunction function) {
        Objects.requireNonNull(function, "function");
        HttpServer server;
        try {
            server = HttpServer.create(new InetSocketAddress(bindAddress, port), 0);
        } catch (IOException e) {
            throw new UncheckedIOException("could not open a rotation webhook on " + bindAddress + ":" + port, e);
        }
        ExecutorService threads = Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "msm-rotation-webhook");
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(threads);
        server.createContext("/", exchange -> handle(exchange, function));
        server.start();
        String host = bindAddress.equals("0.0.0.0") ? "localhost" : bindAddress;
        return new RotationWebhookServer(server, threads, host);
    }

    /** Where the webhook listens, e.g. {@code http://127.0.0.1:41234/}. */
    public URI uri() {
        return uri;
    }

    /** The port it listens on. */
    public int port() {
        return server.getAddress().getPort();
    }

    private static void handle(HttpExchange exchange, RotationFunction function) throws IOException {
        try (exchange) {
            if (!"POST".equals(exchange.getRequestMethod())) {
                answer(exchange, 405, "POST a rotation event");
                return;
            }
            RotationEvent event;
            try (InputStream body = exchange.getRequestBody()) {
                byte[] bytes = body.readNBytes(MAX_EVENT_BYTES + 1);
                if (bytes.length > MAX_EVENT_BYTES) {
                    answer(exchange, 413, "a rotation event is smaller than that");
                    return;
                }
                event = RotationJson.readEvent(new String(bytes, StandardCharsets.UTF_8));
            } catch (IllegalArgumentException e) {
                answer(exchange, 400, "not a rotation event: " + e.getMessage());
                return;
            }
            try {
                function.invoke(event);
            } catch (Exception | AssertionError e) {
                if (e instanceof InterruptedException) {
                    Thread.currentThread().interrupt();
                }
                answer(exchange, 500, e.toString());
                return;
            }
            exchange.sendResponseHeaders(204, -1);
        }
    }

    private static void answer(HttpExchange exchange, int status, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    /** Stops listening. */
    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }

    @Override
    public String toString() {
        return "RotationWebhookServer[" + uri + "]";
    }
}
