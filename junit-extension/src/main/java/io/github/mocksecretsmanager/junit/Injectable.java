package io.github.mocksecretsmanager.junit;

import io.github.mocksecretsmanager.MockSecretsManagerServer;
import io.github.mocksecretsmanager.faults.ServerClock;
import java.net.URI;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/** The types the extension injects, matched exactly (a supertype such as {@code Object} is never claimed). */
enum Injectable {
    SYNC_CLIENT("software.amazon.awssdk.services.secretsmanager.SecretsManagerClient") {
        @Override
        Object valueFrom(ServerResource resource) {
            return resource.syncClient();
        }
    },
    ASYNC_CLIENT("software.amazon.awssdk.services.secretsmanager.SecretsManagerAsyncClient") {
        @Override
        Object valueFrom(ServerResource resource) {
            return resource.asyncClient();
        }
    },
    SERVER(MockSecretsManagerServer.class.getName()) {
        @Override
        Object valueFrom(ServerResource resource) {
            return resource.server();
        }
    },
    ENDPOINT(URI.class.getName()) {
        @Override
        Object valueFrom(ServerResource resource) {
            return resource.server().endpoint();
        }
    },
    CLOCK(ServerClock.class.getName()) {
        @Override
        Object valueFrom(ServerResource resource) {
            return resource.server().clock();
        }
    };

    static final String SUPPORTED = "SecretsManagerClient, SecretsManagerAsyncClient (AWS SDK for Java 2.x),"
            + " MockSecretsManagerServer, ServerClock (the server's clock) or java.net.URI (the endpoint),"
            + " declared with exactly that type";

    /** The AWS SDK for Kotlin's Secrets Manager package: its clients are built by the test, from the endpoint. */
    private static final String KOTLIN_SDK_PACKAGE = "aws.sdk.kotlin.services.secretsmanager.";

    /** Types that look as if they were meant for us: reported as unsupported instead of left to others. */
    private static final Set<String> NEAR_MISSES = Set.of(
            "software.amazon.awssdk.core.SdkClient",
            "software.amazon.awssdk.awscore.AwsClient",
            "software.amazon.awssdk.utils.SdkAutoCloseable");

    private static final String[] NEAR_MISS_PACKAGES = {
        "io.github.mocksecretsmanager.", "software.amazon.awssdk.services.secretsmanager.", KOTLIN_SDK_PACKAGE
    };

    private final String typeName;

    Injectable(String typeName) {
        this.typeName = typeName;
    }

    abstract Object valueFrom(ServerResource resource);

    /** The injectable whose type is exactly {@code type}. Compared by name: no SDK class is loaded. */
    static Optional<Injectable> of(Class<?> type) {
        return Arrays.stream(values())
                .filter(injectable -> injectable.typeName.equals(type.getName()))
                .findFirst();
    }

    /** What to do instead of asking for {@code type}, which is not injectable. */
    static String instead(Class<?> type) {
        if (type.getName().startsWith(KOTLIN_SDK_PACKAGE)) {
            return "the AWS SDK for Kotlin's clients are not injected; inject the endpoint (java.net.URI) and build"
                    + " the client with endpointUrl = Url.parse(endpoint.toString())";
        }
        return "use " + SUPPORTED;
    }

    /** Whether the extension answers for a parameter of this type: supported, or clearly meant for it. */
    static boolean claims(Class<?> type) {
        return of(type).isPresent()
                || NEAR_MISSES.contains(type.getName())
                || Arrays.stream(NEAR_MISS_PACKAGES).anyMatch(type.getName()::startsWith);
    }
}
