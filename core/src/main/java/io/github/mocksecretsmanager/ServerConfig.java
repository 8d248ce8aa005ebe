package io.github.mocksecretsmanager;

import io.github.mocksecretsmanager.rotation.RotationFunction;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Everything a {@link MockSecretsManagerServer} is started with. Immutable; build one with
 * {@link #builder()}, where every setting has a default and the order of calls does not matter. The
 * JUnit extension, the container image and the command line all end up here.
 */
public final class ServerConfig {

    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final String DEFAULT_REGION = "us-east-1";
    public static final String DEFAULT_ACCOUNT_ID = "123456789012";
    public static final int DEFAULT_MAX_REQUEST_BYTES = 1024 * 1024;
    public static final int DEFAULT_IO_THREADS = 2;
    public static final int DEFAULT_JOURNAL_SIZE = 10_000;
    /** How long a request's headers, then its body, may take to arrive before its connection is closed. */
    public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(15);
    /** How long a kept-alive connection may wait for its next request before it is closed. */
    public static final Duration DEFAULT_IDLE_TIMEOUT = Duration.ofSeconds(60);
    /** How many connections may be open at once; more are closed as soon as they are accepted. */
    public static final int DEFAULT_MAX_CONNECTIONS = 5_000;

    private final String host;
    private final int port;
    private final String region;
    private final String accountId;
    private final List<SeedSecret> seeds;
    private final Clock clock;
    private final int maxRequestBytes;
    private final int ioThreads;
    private final int versionLimit;
    private final int journalSize;
    private final @Nullable Credentials credentials;
    private final Map<String, RotationFunction> rotationFunctions;
    private final boolean rotationFunctionsRequired;
    private final Duration readTimeout;
    private final Duration idleTimeout;
    private final int maxConnections;

    private ServerConfig(Builder builder) {
        host = Objects.requireNonNull(builder.host, "host");
        port = builder.port;
        region = Objects.requireNonNull(builder.region, "region");
        accountId = Objects.requireNonNull(builder.accountId, "accountId");
        clock = Objects.requireNonNull(builder.clock, "clock");
        seeds = List.copyOf(builder.seeds);
        maxRequestBytes = builder.maxRequestBytes;
        ioThreads = builder.ioThreads;
        versionLimit = builder.versionLimit;
        journalSize = builder.journalSize;
        credentials = builder.credentials;
        rotationFunctions = Map.copyOf(builder.rotationFunctions);
        rotationFunctionsRequired = builder.rotationFunctionsRequired;
        readTimeout = Objects.requireNonNull(builder.readTimeout, "readTimeout");
        idleTimeout = Objects.requireNonNull(builder.idleTimeout, "idleTimeout");
        maxConnections = builder.maxConnections;
        requireMillis("readTimeout", readTimeout);
        requireMillis("idleTimeout", idleTimeout);
        if (maxConnections < 1) {
            throw new IllegalArgumentException("maxConnections must be at least 1");
        }
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be between 0 and 65535, not " + port);
        }
        if (!region.matches("[a-z]+(-[a-z]+)*-\\d+")) {
            throw new IllegalArgumentException("region must look like us-east-1, not '" + region + "'");
        }
        if (!accountId.matches("\\d{12}")) {
            throw new IllegalArgumentException("accountId must be 12 digits, not '" + accountId + "'");
        }
        if (maxRequestBytes < 1024) {
            throw new IllegalArgumentException("maxRequestBytes must be at least 1024");
        }
        if (ioThreads < 1) {
            throw new IllegalArgumentException("ioThreads must be at least 1");
        }
        if (versionLimit < 0) {
            throw new IllegalArgumentException("versionLimit must be 0 (no limit) or more");
        }
        if (journalSize < 0) {
            throw new IllegalArgumentException("journalSize must be 0 (no journal) or more");
        }
        Set<String> seedNames = new HashSet<>();
        for (SeedSecret seed : seeds) {
            if (!seedNames.add(seed.name())) {
                throw new IllegalArgumentException(
                        "the secret \"" + seed.name() + "\" is seeded twice; a name can be seeded only once");
            }
        }
    }

    private static void requireMillis(String name, Duration duration) {
        if (duration.compareTo(Duration.ofMillis(1)) < 0
                || duration.compareTo(Duration.ofMillis(Integer.MAX_VALUE)) > 0) {
            throw new IllegalArgumentException(
                    name + " must be between 1 ms and " + Integer.MAX_VALUE + " ms, not " + duration);
        }
    }

    /** The address to bind; {@code 127.0.0.1} by default, {@code 0.0.0.0} for every interface. */
    public String host() {
        return host;
    }

    /** The port to bind; 0 (the default) picks a free one. */
    public int port() {
        return port;
    }

    /**
     * The region of unsigned requests and of the server's own Java API; {@code us-east-1} by default.
     * Signed requests act in the region they are signed for.
     */
    public String region() {
        return region;
    }

    /**
     * The account of requests whose access key id is not a 12-digit account id, and of the server's own
     * Java API; {@code 123456789012} by default.
     */
    public String accountId() {
        return accountId;
    }

    /** Secrets present at start and after every reset, in the order they were added; no name twice. */
    public List<SeedSecret> seeds() {
        return seeds;
    }

    /**
     * Where the server's {@linkplain MockSecretsManagerServer#clock() clock} starts: the source of every
     * date the server records until a test sets or advances that clock. SigV4 signature dates are
     * always checked against the system clock, since clients sign with the real time.
     */
    public Clock clock() {
        return clock;
    }

    /** The largest request body accepted; larger ones get HTTP 413. */
    public int maxRequestBytes() {
        return maxRequestBytes;
    }

    /** Undertow IO threads, which run every operation. */
    public int ioThreads() {
        return ioThreads;
    }

    /**
     * The most versions one secret may hold, as a quota answered with {@code LimitExceededException};
     * 0 (the default) for no limit, because AWS does not publish its own.
     */
    public int versionLimit() {
        return versionLimit;
    }

    /**
     * How many of the most recent requests the request journal keeps; {@value #DEFAULT_JOURNAL_SIZE}
     * by default, 0 to keep none (verification then fails with {@link IllegalStateException}).
     */
    public int journalSize() {
        return journalSize;
    }

    /**
     * When set, every request must carry a valid AWS Signature Version 4 made with these keys;
     * {@code null} (the default) accepts any caller, as a test double usually should.
     */
    public @Nullable Credentials credentials() {
        return credentials;
    }

    /**
     * The rotation functions registered from the start, by Lambda ARN; a {@linkplain
     * MockSecretsManagerServer#reset() reset} keeps them (and drops those registered later).
     */
    public Map<String, RotationFunction> rotationFunctions() {
        return rotationFunctions;
    }

    /**
     * Whether RotateSecret with a Lambda ARN that has no function registered answers {@code
     * AccessDeniedException}, as AWS does for a function it cannot invoke (the default). When {@code
     * false}, such a RotateSecret only records the configuration and adds an {@code AWSPENDING} copy of
     * the current value, for tests that only need RotateSecret to succeed.
     */
    public boolean rotationFunctionsRequired() {
        return rotationFunctionsRequired;
    }

    /**
     * How long a request may take to arrive: its headers from their first byte, then its body from
     * the end of the headers; 15 s by default. Past it, the server closes the connection without an
     * answer, so a client that stalls or trickles mid-request holds its connection no longer than this.
     */
    public Duration readTimeout() {
        return readTimeout;
    }

    /**
     * How long a kept-alive connection may wait for its next request before the server closes it;
     * 60 s by default. Clients open a new connection, as they do after any
     * server closes an idle one.
     */
    public Duration idleTimeout() {
        return idleTimeout;
    }

    /**
     * The most connections open at once; {@value #DEFAULT_MAX_CONNECTIONS} by default. A connection past
     * it is closed as soon as it is accepted, before anything is read: clients see a closed connection
     * (an I/O error AWS SDKs retry), and the connections already open keep being served.
     */
    public int maxConnections() {
        return maxConnections;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof ServerConfig)) {
            return false;
        }
        ServerConfig that = (ServerConfig) other;
        return port == that.port
                && maxRequestBytes == that.maxRequestBytes
                && ioThreads == that.ioThreads
                && versionLimit == that.versionLimit
                && journalSize == that.journalSize
                && host.equals(that.host)
                && region.equals(that.region)
                && accountId.equals(that.accountId)
                && seeds.equals(that.seeds)
                && clock.equals(that.clock)
                && Objects.equals(credentials, that.credentials)
                && rotationFunctions.equals(that.rotationFunctions)
                && rotationFunctionsRequired == that.rotationFunctionsRequired
                && readTimeout.equals(that.readTimeout)
                && idleTimeout.equals(that.idleTimeout)
                && maxConnections == that.maxConnections;
    }

    @Override
    public int hashCode() {
        return Objects.hash(
                host,
                port,
                region,
                accountId,
                seeds,
                clock,
                maxRequestBytes,
                ioThreads,
                versionLimit,
                journalSize,
                credentials,
                rotationFunctions,
                rotationFunctionsRequired,
                readTimeout,
                idleTimeout,
                maxConnections);
    }

    /** Names the seeds, never their values; the credentials without the secret key. */
    @Override
    public String toString() {
        return "ServerConfig[host=" + host + ", port=" + port + ", region=" + region + ", accountId=" + accountId
                + ", seeds=" + seeds.stream().map(SeedSecret::name).toList() + ", clock=" + clock
                + ", maxRequestBytes=" + maxRequestBytes + ", ioThreads=" + ioThreads + ", versionLimit="
                + versionLimit + ", journalSize=" + journalSize + ", credentials=" + credentials
                + ", rotationFunctions="
                + new TreeMap<>(rotationFunctions).keySet() + ", rotationFunctionsRequired=" + rotationFunctionsRequired
                + ", readTimeout=" + readTimeout + ", idleTimeout=" + idleTimeout + ", maxConnections="
                + maxConnections + "]";
    }

    /** The defaults: 127.0.0.1, a free port, us-east-1, account 123456789012, no seeds. */
    public static ServerConfig defaults() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from this configuration. */
    public Builder toBuilder() {
        Builder builder = new Builder()
                .host(host)
                .port(port)
                .region(region)
                .accountId(accountId)
                .clock(clock)
                .maxRequestBytes(maxRequestBytes)
                .ioThreads(ioThreads)
                .versionLimit(versionLimit)
                .journalSize(journalSize)
                .credentials(credentials)
                .rotationFunctionsRequired(rotationFunctionsRequired)
                .readTimeout(readTimeout)
                .idleTimeout(idleTimeout)
                .maxConnections(maxConnections);
        builder.seeds.addAll(seeds);
        builder.rotationFunctions.putAll(rotationFunctions);
        return builder;
    }

    /** Builds a {@link ServerConfig}; every setting has a default. */
    public static final class Builder {
        private String host = DEFAULT_HOST;
        private int port;
        private String region = DEFAULT_REGION;
        private String accountId = DEFAULT_ACCOUNT_ID;
        private final List<SeedSecret> seeds = new ArrayList<>();
        private Clock clock = Clock.systemUTC();
        private int maxRequestBytes = DEFAULT_MAX_REQUEST_BYTES;
        private int ioThreads = DEFAULT_IO_THREADS;
        private int versionLimit;
        private int journalSize = DEFAULT_JOURNAL_SIZE;
        private @Nullable Credentials credentials;
        private final Map<String, RotationFunction> rotationFunctions = new TreeMap<>();
        private boolean rotationFunctionsRequired = true;
        private Duration readTimeout = DEFAULT_READ_TIMEOUT;
        private Duration idleTimeout = DEFAULT_IDLE_TIMEOUT;
        private int maxConnections = DEFAULT_MAX_CONNECTIONS;

        private Builder() {}

        public Builder host(String host) {
            this.host = host;
            return this;
        }

        public Builder port(int port) {
            this.port = port;
            return this;
        }

        public Builder region(String region) {
            this.region = region;
            return this;
        }

        public Builder accountId(String accountId) {
            this.accountId = accountId;
            return this;
        }

        public Builder seed(SeedSecret seed) {
            this.seeds.add(Objects.requireNonNull(seed, "seed"));
            return this;
        }

        /** Seeds a secret with a string value. */
        public Builder seed(String name, String value) {
            return seed(SeedSecret.ofString(name, value));
        }

        /** Seeds a secret with a binary value. */
        public Builder seed(String name, byte[] value) {
            return seed(SeedSecret.ofBinary(name, value));
        }

        /** Seeds every secret of {@code seeds}, in their order, after those already added. */
        public Builder seeds(Collection<SeedSecret> seeds) {
            seeds.forEach(this::seed);
            return this;
        }

        /**
         * Seeds the secrets of a {@link SeedFile seed file}, read now, after those already added.
         *
         * @throws IllegalArgumentException if the file is missing, unreadable or malformed; the message
         *     names the file, and the line, column and secret of the problem, never a value
         */
        public Builder seedFile(Path file) {
            return seeds(SeedFile.read(Objects.requireNonNull(file, "file")));
        }

        public Builder clock(Clock clock) {
            this.clock = clock;
            return this;
        }

        public Builder maxRequestBytes(int maxRequestBytes) {
            this.maxRequestBytes = maxRequestBytes;
            return this;
        }

        public Builder ioThreads(int ioThreads) {
            this.ioThreads = ioThreads;
            return this;
        }

        public Builder versionLimit(int versionLimit) {
            this.versionLimit = versionLimit;
            return this;
        }

        /** How many of the most recent requests the journal keeps; 0 turns it off. */
        public Builder journalSize(int journalSize) {
            this.journalSize = journalSize;
            return this;
        }

        /** Requires every request to be signed (SigV4) with these keys; {@code null} accepts anyone. */
        public Builder credentials(@Nullable Credentials credentials) {
            this.credentials = credentials;
            return this;
        }

        /** Requires every request to be signed (SigV4) with this access key and secret key. */
        public Builder credentials(String accessKeyId, String secretAccessKey) {
            return credentials(new Credentials(accessKeyId, secretAccessKey));
        }

        /** Registers the function run for rotations with {@code lambdaArn}, replacing any registered for it. */
        public Builder rotationFunction(String lambdaArn, RotationFunction function) {
            rotationFunctions.put(
                    Objects.requireNonNull(lambdaArn, "lambdaArn"), Objects.requireNonNull(function, "function"));
            return this;
        }

        /** Registers a webhook run for rotations with {@code lambdaArn}: see {@link WebhookRotationFunction}. */
        public Builder rotationWebhook(String lambdaArn, URI url) {
            return rotationFunction(lambdaArn, new WebhookRotationFunction(url));
        }

        /** See {@link ServerConfig#rotationFunctionsRequired()}; {@code true} by default. */
        public Builder rotationFunctionsRequired(boolean required) {
            this.rotationFunctionsRequired = required;
            return this;
        }

        /** See {@link ServerConfig#readTimeout()}; 1 ms to {@code Integer.MAX_VALUE} ms. */
        public Builder readTimeout(Duration readTimeout) {
            this.readTimeout = readTimeout;
            return this;
        }

        /** See {@link ServerConfig#idleTimeout()}; 1 ms to {@code Integer.MAX_VALUE} ms. */
        public Builder idleTimeout(Duration idleTimeout) {
            this.idleTimeout = idleTimeout;
            return this;
        }

        /** See {@link ServerConfig#maxConnections()}; at least 1. */
        public Builder maxConnections(int maxConnections) {
            this.maxConnections = maxConnections;
            return this;
        }

        /**
         * The configuration.
         *
         * @throws IllegalArgumentException if a setting is out of range, or two seeds have the same name
         */
        public ServerConfig build() {
            return new ServerConfig(this);
        }
    }
}
