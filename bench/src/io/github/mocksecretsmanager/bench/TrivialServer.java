package io.github.mocksecretsmanager.bench;

import io.undertow.Undertow;
import io.undertow.util.HttpString;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * The benchmark's ceiling: Undertow configured as the emulator is (2 IO threads, handler on the IO
 * thread, keep-alive) answering every request with a fixed small JSON body. What wrk reaches against
 * it is the most any handler can reach on this machine with this load.
 *
 * <pre>java -cp core-standalone.jar:bench/target/classes io.github.mocksecretsmanager.bench.TrivialServer PORT</pre>
 */
public final class TrivialServer {

    private static final byte[] BODY = ("{\"ARN\":\"arn:aws:secretsmanager:us-east-1:123456789012:secret:bench-AbCdEf\","
                    + "\"Name\":\"bench\",\"VersionId\":\"00000000-0000-4000-8000-000000000000\","
                    + "\"VersionStages\":[\"AWSCURRENT\"]}")
            .getBytes(StandardCharsets.UTF_8);
    private static final HttpString CONTENT_TYPE = new HttpString("Content-Type");

    private TrivialServer() {}

    public static void main(String[] args) {
        int port = Integer.parseInt(args[0]);
        Undertow server = Undertow.builder()
                .addHttpListener(port, "127.0.0.1")
                .setIoThreads(2)
                .setWorkerThreads(1)
                .setHandler(exchange -> {
                    exchange.getResponseHeaders().put(CONTENT_TYPE, "application/x-amz-json-1.1");
                    exchange.getResponseSender().send(ByteBuffer.wrap(BODY));
                })
                .build();
        server.start();
        int bound = ((InetSocketAddress) server.getListenerInfo().get(0).getAddress()).getPort();
        System.out.println("Trivial Undertow handler listening on http://127.0.0.1:" + bound);
    }
}
