package io.github.mocksecretsmanager.internal.protocol;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import io.undertow.util.Methods;
import java.nio.charset.StandardCharsets;

/**
 * LocalStack's status endpoints, so that tools written for a LocalStack container (health checks,
 * {@code docker compose} conditions, wait scripts) work against this server unchanged:
 * {@code GET /_localstack/health} reports {@code secretsmanager} as {@code available}, and
 * {@code GET /_localstack/init} and {@code /_localstack/init/ready} report the start-up as complete
 * (this server has no init scripts). Any other {@code /_localstack/} path answers 404.
 */
public final class LocalStackHandler implements HttpHandler {

    public static final String PREFIX = "/_localstack/";

    static final String HEALTH = "{\"services\":{\"secretsmanager\":\"available\"},\"edition\":\"community\"}";
    static final String INIT =
            "{\"completed\":{\"BOOT\":true,\"START\":true,\"READY\":true,\"SHUTDOWN\":false},\"scripts\":[]}";
    static final String INIT_READY = "{\"completed\":true,\"scripts\":[]}";

    @Override
    public void handleRequest(HttpServerExchange exchange) {
        String path = exchange.getRelativePath();
        boolean read =
                Methods.GET.equals(exchange.getRequestMethod()) || Methods.HEAD.equals(exchange.getRequestMethod());
        String body;
        int status = 200;
        if (!read) {
            status = 405;
            body = "{\"error\":\"method not allowed\"}";
        } else if (path.equals(PREFIX + "health")) {
            body = HEALTH;
        } else if (path.equals(PREFIX + "init")) {
            body = INIT;
        } else if (path.equals(PREFIX + "init/ready")) {
            body = INIT_READY;
        } else {
            status = 404;
            body = "{\"error\":\"not found\"}";
        }
        exchange.setStatusCode(status);
        exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, "application/json");
        exchange.getResponseSender().send(body, StandardCharsets.UTF_8);
    }
}
