package io.github.mocksecretsmanager.junit;

import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import software.amazon.awssdk.http.async.SdkAsyncHttpClient;
import software.amazon.awssdk.http.nio.netty.NettyNioAsyncHttpClient;
import software.amazon.awssdk.http.nio.netty.SdkEventLoopGroup;

/**
 * The Netty async HTTP client on an event loop of its own. Netty's own close only starts a graceful
 * shutdown (threads linger for seconds); closing this one waits until the loop's thread has ended, so
 * no thread outlives the test class. Loaded only once {@code netty-nio-client} is known to be present.
 */
final class NettyHttpClient {

    private static final long SHUTDOWN_SECONDS = 5;

    private NettyHttpClient() {}

    static SdkAsyncHttpClient create(Consumer<AutoCloseable> closeLater) {
        SdkEventLoopGroup loop = SdkEventLoopGroup.builder().numberOfThreads(1).build();
        SdkAsyncHttpClient http =
                NettyNioAsyncHttpClient.builder().eventLoopGroup(loop).build();
        closeLater.accept(http);
        closeLater.accept(() -> loop.eventLoopGroup()
                .shutdownGracefully(0, SHUTDOWN_SECONDS, TimeUnit.SECONDS)
                .awaitUninterruptibly(SHUTDOWN_SECONDS, TimeUnit.SECONDS));
        return http;
    }
}
