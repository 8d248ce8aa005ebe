package io.github.mocksecretsmanager.junit;

import java.lang.reflect.InvocationTargetException;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.async.SdkAsyncHttpClient;

/**
 * Picks the HTTP client an injected SDK client uses, explicitly, so the SDK's own classpath lookup
 * (which may find the CRT, or fail on several candidates) never runs. Each candidate is named by
 * class and created by reflection, so none of them is a compile-time requirement.
 */
final class HttpClients {

    /** Sync candidates, best first: the JDK's URLConnection (no threads, no extra jars), then Apache. */
    static final List<String> SYNC = List.of(
            "software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient",
            "software.amazon.awssdk.http.apache5.Apache5HttpClient",
            "software.amazon.awssdk.http.apache.ApacheHttpClient");

    static final String ASYNC = "software.amazon.awssdk.http.nio.netty.NettyNioAsyncHttpClient";

    static final Predicate<String> CLASSPATH = HttpClients::isPresent;

    private HttpClients() {}

    /** A new sync HTTP client; the caller closes it (SDK clients never close one they were given). */
    static SdkHttpClient sync(Predicate<String> present) {
        String chosen = SYNC.stream()
                .filter(present)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException(
                        "No AWS SDK HTTP client on the classpath for SecretsManagerClient: add"
                                + " software.amazon.awssdk:url-connection-client (test scope, same version as"
                                + " your AWS SDK)"));
        return (SdkHttpClient) create(chosen);
    }

    /**
     * A new Netty async HTTP client on its own one-thread event loop; everything it holds goes to
     * {@code closeLater}, in the order to close it.
     */
    static SdkAsyncHttpClient async(Predicate<String> present, Consumer<AutoCloseable> closeLater) {
        requireAsync(present);
        return NettyHttpClient.create(closeLater);
    }

    static void requireAsync(Predicate<String> present) {
        if (!present.test(ASYNC)) {
            throw new IllegalStateException("SecretsManagerAsyncClient needs an async HTTP client: add"
                    + " software.amazon.awssdk:netty-nio-client (test scope, same version as your AWS SDK)");
        }
    }

    private static boolean isPresent(String className) {
        try {
            Class.forName(className, false, HttpClients.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    private static Object create(String className) {
        try {
            return Class.forName(className, true, HttpClients.class.getClassLoader())
                    .getMethod("create")
                    .invoke(null);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("Could not create " + className, e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Could not create " + className, e);
        }
    }
}
