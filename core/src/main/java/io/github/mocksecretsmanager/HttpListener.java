package io.github.mocksecretsmanager;

import io.undertow.UndertowOptions;
import io.undertow.connector.ByteBufferPool;
import io.undertow.server.ConnectorStatistics;
import io.undertow.server.DefaultByteBufferPool;
import io.undertow.server.HttpHandler;
import io.undertow.server.protocol.http.HttpOpenListener;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.TimeUnit;
import org.xnio.ChannelListener;
import org.xnio.IoUtils;
import org.xnio.OptionMap;
import org.xnio.Options;
import org.xnio.StreamConnection;
import org.xnio.Xnio;
import org.xnio.XnioWorker;
import org.xnio.channels.AcceptingChannel;

/**
 * One plain-HTTP listener, set up on XNIO the way {@code io.undertow.Undertow#start()} does it, but
 * without that class's INFO log lines on every start and stop, which a server per test class would
 * add twice to every class's output.
 */
final class HttpListener {

    /** Undertow's default for a JVM with more than 128 MB; the 20 bytes leave room for protocol headers. */
    private static final int BUFFER_SIZE = 16 * 1024 - 20;

    private final XnioWorker worker;
    private final ByteBufferPool buffers;
    private final AcceptingChannel<StreamConnection> channel;

    private HttpListener(XnioWorker worker, ByteBufferPool buffers, AcceptingChannel<StreamConnection> channel) {
        this.worker = worker;
        this.buffers = buffers;
        this.channel = channel;
    }

    /** How connections are bounded: see {@link ServerConfig#readTimeout()} and the settings next to it. */
    record Limits(int idleTimeoutMillis, int maxConnections) {}

    /**
     * Binds {@code host:port} and starts accepting; {@code serverOptions} are Undertow options such
     * as {@link UndertowOptions#REQUEST_PARSE_TIMEOUT}.
     */
    // ENABLE_CONNECTOR_STATISTICS is deprecated without a replacement for counting open connections.
    @SuppressWarnings("deprecation")
    static HttpListener open(
            String host, int port, int ioThreads, HttpHandler handler, OptionMap serverOptions, Limits limits)
            throws IOException {
        XnioWorker worker = Xnio.getInstance(HttpListener.class.getClassLoader())
                .createWorker(OptionMap.builder()
                        .set(Options.WORKER_IO_THREADS, ioThreads)
                        .set(Options.WORKER_TASK_CORE_THREADS, 1)
                        .set(Options.WORKER_TASK_MAX_THREADS, 1)
                        .set(Options.TCP_NODELAY, true)
                        .set(Options.CORK, true)
                        .getMap());
        ByteBufferPool buffers = new DefaultByteBufferPool(true, BUFFER_SIZE, -1, 4);
        try {
            HttpOpenListener http = new HttpOpenListener(
                    buffers,
                    OptionMap.builder()
                            .set(UndertowOptions.BUFFER_PIPELINED_DATA, true)
                            .set(UndertowOptions.NO_REQUEST_TIMEOUT, limits.idleTimeoutMillis())
                            // Counts the open connections, for the limit below.
                            .set(UndertowOptions.ENABLE_CONNECTOR_STATISTICS, true)
                            .addAll(serverOptions)
                            .getMap());
            http.setRootHandler(handler);
            ChannelListener<AcceptingChannel<StreamConnection>> accept = acceptor(http, limits.maxConnections());
            AcceptingChannel<StreamConnection> channel = worker.createStreamConnectionServer(
                    new InetSocketAddress(InetAddress.getByName(host), port),
                    accept,
                    OptionMap.builder()
                            .set(Options.WORKER_IO_THREADS, worker.getIoThreadCount())
                            .set(Options.TCP_NODELAY, true)
                            .set(Options.REUSE_ADDRESSES, true)
                            .set(Options.BALANCING_TOKENS, 1)
                            .set(Options.BALANCING_CONNECTIONS, 2)
                            .set(Options.BACKLOG, 1000)
                            .getMap());
            channel.resumeAccepts();
            return new HttpListener(worker, buffers, channel);
        } catch (IOException | RuntimeException e) {
            worker.shutdownNow();
            buffers.close();
            throw e;
        }
    }

    /**
     * Hands accepted connections to {@code http} while fewer than {@code maxConnections} are open, and
     * closes the others at once: their clients see a closed connection, which AWS SDKs retry, while
     * the open ones keep being served. (XNIO's CONNECTION_HIGH_WATER would instead stop accepting, and
     * leave clients waiting in the kernel's backlog with no answer.)
     */
    private static ChannelListener<AcceptingChannel<StreamConnection>> acceptor(
            HttpOpenListener http, int maxConnections) {
        ConnectorStatistics statistics = http.getConnectorStatistics();
        return server -> {
            StreamConnection connection;
            try {
                connection = server.accept();
            } catch (IOException e) {
                return; // such as too many open files: the client's connection attempt fails
            }
            if (connection == null) {
                return;
            }
            if (statistics != null && statistics.getActiveConnections() >= maxConnections) {
                IoUtils.safeClose(connection);
                return;
            }
            http.handleEvent(connection);
        };
    }

    InetSocketAddress address() {
        return channel.getLocalAddress(InetSocketAddress.class);
    }

    /** Stops accepting, then gives the IO threads up to {@code graceMillis} to finish. */
    void close(int graceMillis) {
        IoUtils.safeClose(channel);
        worker.shutdown();
        try {
            if (!worker.awaitTermination(graceMillis, TimeUnit.MILLISECONDS)) {
                worker.shutdownNow();
            }
        } catch (InterruptedException e) {
            worker.shutdownNow();
            Thread.currentThread().interrupt();
        }
        buffers.close();
    }
}
