package io.github.mocksecretsmanager.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * The JVM's own floor: the least any Java server can do before its first answer. A blocking
 * {@link ServerSocket} on the main thread that answers every request with {@code 200} and
 * {@code {"status":"UP"}}, using only {@code java.base}: no HTTP library, no threads, no lambdas.
 * The start-up benchmarks time it beside the emulator (the same JVM, flags and archive), so what
 * the JVM costs and what the emulator adds to it are told apart.
 *
 * <pre>java -cp bench/target/classes io.github.mocksecretsmanager.bench.JvmFloorServer PORT [HOST]</pre>
 */
public final class JvmFloorServer {

    private static final byte[] RESPONSE = ("HTTP/1.0 200 OK\r\nContent-Type: application/json\r\n"
                    + "Content-Length: 16\r\nConnection: close\r\n\r\n{\"status\":\"UP\"}\n")
            .getBytes(StandardCharsets.US_ASCII);

    private JvmFloorServer() {}

    public static void main(String[] args) throws IOException {
        int port = Integer.parseInt(args[0]);
        InetAddress host = InetAddress.getByName(args.length > 1 ? args[1] : "127.0.0.1");
        byte[] request = new byte[8192];
        try (ServerSocket server = new ServerSocket(port, 50, host)) {
            while (true) {
                try (Socket client = server.accept()) {
                    InputStream in = client.getInputStream();
                    in.read(request);
                    OutputStream out = client.getOutputStream();
                    out.write(RESPONSE);
                    out.flush();
                } catch (IOException e) {
                    // A poller that gave up: wait for the next one.
                }
            }
        }
    }
}
