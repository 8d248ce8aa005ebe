package io.github.mocksecretsmanager.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mocksecretsmanager.MockSecretsManagerServer;
import io.github.mocksecretsmanager.ServerConfig;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

/**
 * Stalled, idle and surplus connections are bounded. Outcomes are asserted with generous upper
 * bounds (seconds where the configured timeouts are half a second), never exact timings.
 */
class ConnectionLimitsTest {

    /** Far above every timeout configured here: a connection still open after it was never closed. */
    private static final int PATIENCE_MILLIS = 15_000;

    private static final String STALLED_HEADERS = "POST / HTTP/1.1\r\nHost: localhost\r\n"
            + "X-Amz-Target: secretsmanager.ListSecrets\r\nContent-Type: application/x-amz-json-1.1\r\n"
            + "Content-Length: 100\r\n\r\n{";

    private static SecretsManagerClient client(MockSecretsManagerServer server) {
        return SecretsManagerClient.builder()
                .endpointOverride(server.endpoint())
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
                .httpClient(UrlConnectionHttpClient.create())
                .build();
    }

    private static Socket connect(MockSecretsManagerServer server) throws IOException {
        Socket socket = new Socket();
        socket.connect(new InetSocketAddress("127.0.0.1", server.port()), PATIENCE_MILLIS);
        return socket;
    }

    /**
     * Reads until the server closes the connection; what it sent before, if anything. Fails when the
     * connection is still open after {@link #PATIENCE_MILLIS}.
     */
    private static String readUntilClosed(Socket socket) throws IOException {
        socket.setSoTimeout(PATIENCE_MILLIS);
        InputStream in = socket.getInputStream();
        StringBuilder received = new StringBuilder();
        byte[] buffer = new byte[4096];
        try {
            for (int n; (n = in.read(buffer)) >= 0; ) {
                received.append(new String(buffer, 0, n, StandardCharsets.ISO_8859_1));
            }
        } catch (SocketTimeoutException e) {
            throw new AssertionError("the server kept the connection open for " + PATIENCE_MILLIS + " ms", e);
        } catch (SocketException reset) {
            // closed by a reset: closed all the same
        }
        return received.toString();
    }

    private static boolean closedSoon(Socket socket, int millis) throws IOException {
        socket.setSoTimeout(millis);
        try {
            return socket.getInputStream().read() < 0;
        } catch (SocketTimeoutException stillOpen) {
            return false;
        } catch (SocketException reset) {
            return true;
        }
    }

    private static int health(MockSecretsManagerServer server) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(server.endpoint().resolve("/__admin/health"))
                                .timeout(Duration.ofSeconds(30))
                                .build(),
                        HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    @Test
    void aRequestWhoseBodyStallsIsClosedAfterTheReadTimeout() throws Exception {
        try (MockSecretsManagerServer server = MockSecretsManagerServer.start(ServerConfig.builder()
                        .readTimeout(Duration.ofMillis(500))
                        .build());
                Socket socket = connect(server)) {
            OutputStream out = socket.getOutputStream();
            out.write(STALLED_HEADERS.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String answer = readUntilClosed(socket);
            // Closed without an answer, or with a 4xx (a 408): never a success, never a 5xx.
            assertThat(answer).satisfiesAnyOf(a -> assertThat(a).isEmpty(), a -> assertThat(a)
                    .startsWith("HTTP/1.1 4"));
            assertThat(health(server)).isEqualTo(200);
        }
    }

    @Test
    void headersThatStallAreClosedAfterTheReadTimeout() throws Exception {
        try (MockSecretsManagerServer server = MockSecretsManagerServer.start(ServerConfig.builder()
                        .readTimeout(Duration.ofMillis(500))
                        .build());
                Socket socket = connect(server)) {
            socket.getOutputStream().write("POST / HTTP/1.1\r\nHost: loc".getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            assertThat(readUntilClosed(socket)).isEmpty();
        }
    }

    @Test
    void anIdleKeptAliveConnectionIsClosedAfterTheIdleTimeout() throws Exception {
        try (MockSecretsManagerServer server = MockSecretsManagerServer.start(ServerConfig.builder()
                        .idleTimeout(Duration.ofMillis(500))
                        .build());
                Socket socket = connect(server)) {
            socket.getOutputStream()
                    .write("GET /__admin/health HTTP/1.1\r\nHost: localhost\r\n\r\n"
                            .getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            // The answer arrives, then the kept-alive connection is closed once it has been idle.
            assertThat(readUntilClosed(socket)).startsWith("HTTP/1.1 200").contains("UP");
        }
    }

    @Test
    void aConnectionThatNeverSendsIsClosed() throws Exception {
        try (MockSecretsManagerServer server = MockSecretsManagerServer.start(ServerConfig.builder()
                        .readTimeout(Duration.ofMillis(500))
                        .idleTimeout(Duration.ofMillis(500))
                        .build());
                Socket socket = connect(server)) {
            assertThat(readUntilClosed(socket)).isEmpty();
        }
    }

    @Test
    void connectionsPastTheLimitAreClosedAndTheOthersServed() throws Exception {
        int limit = 20;
        List<Socket> sockets = new ArrayList<>();
        try (MockSecretsManagerServer server = MockSecretsManagerServer.start(
                ServerConfig.builder().maxConnections(limit).build())) {
            try {
                for (int i = 0; i < limit + 10; i++) {
                    sockets.add(connect(server));
                }
                List<Socket> kept = new ArrayList<>();
                int closed = 0;
                for (Socket socket : sockets) {
                    if (closedSoon(socket, 1_000)) {
                        closed++;
                    } else {
                        kept.add(socket);
                    }
                }
                assertThat(closed).isGreaterThanOrEqualTo(10);
                assertThat(kept).hasSizeLessThanOrEqualTo(limit);
                // The connections within the limit are served.
                Socket first = kept.get(0);
                first.getOutputStream()
                        .write("GET /__admin/health HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"
                                .getBytes(StandardCharsets.US_ASCII));
                assertThat(readUntilClosed(first)).startsWith("HTTP/1.1 200");
                // Once some close, new clients get in again (the SDK retries while the server notices).
                for (Socket socket : kept.subList(0, 5)) {
                    socket.close();
                }
                try (SecretsManagerClient client = client(server)) {
                    client.createSecret(r -> r.name("after-the-crowd").secretString("v"));
                }
                assertThat(server.secret("after-the-crowd")).isPresent();
            } finally {
                for (Socket socket : sockets) {
                    socket.close();
                }
            }
        }
    }

    @Test
    void thousandsOfIdleAndStalledConnectionsLeaveTheServerAnswering() throws Exception {
        List<Socket> sockets = new ArrayList<>();
        try (MockSecretsManagerServer server = MockSecretsManagerServer.start()) {
            try {
                byte[] stalled = STALLED_HEADERS.getBytes(StandardCharsets.US_ASCII);
                for (int i = 0; i < 2_000; i++) {
                    Socket socket = connect(server);
                    sockets.add(socket);
                    if (i % 2 == 0) {
                        socket.getOutputStream().write(stalled);
                    }
                }
                assertThat(health(server)).isEqualTo(200);
                try (SecretsManagerClient client = client(server)) {
                    client.createSecret(r -> r.name("amid-the-crowd").secretString("v"));
                    assertThat(client.getSecretValue(r -> r.secretId("amid-the-crowd"))
                                    .secretString())
                            .isEqualTo("v");
                }
            } finally {
                for (Socket socket : sockets) {
                    socket.close();
                }
            }
        }
    }
}
