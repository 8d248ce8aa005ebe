package io.github.mocksecretsmanager;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Everything a {@link MockSecretsManagerServer} is started with. Immutable; build one with
 * {@link #builder()}. The JUnit extension, the container image and the command line all end up here.
 *
 * @param host the address to bind; {@code 127.0.0.1} by default, {@code 0.0.0.0} for every interface
 * @param port the port to bind; 0 (the default) picks a free one
 * @param region the region that appears in ARNs; {@code us-east-1} by default
 * @param accountId the account id that appears in ARNs; {@code 123456789012} by default
 * @param seeds secrets present at start and after every reset
 * @param clock the source of every date the server records; swap it to test deletion windows and
 *     version pruning
 * @param maxRequestBytes the largest request body accepted; larger ones get HTTP 413
 * @param ioThreads Undertow IO threads, which run every operation
 * @param versionLimit the most versions one secret may hold, as a quota answered with
 *     {@code LimitExceededException}; 0 (the default) for no limit, because AWS does not publish its own
 * @param credentials when set, every request must carry a valid AWS Signature Version 4 made with
 *     these keys; {@code null} (the default) accepts any caller, as a test double usually should
 */
public record ServerConfig(
        String host,
        int port,
        String region,
        String accountId,
        List<SeedSecret> seeds,
        Clock clock,
        int maxRequestBytes,
        int ioThreads,
        int versionLimit,
        Credentials credentials) {

    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final String DEFAULT_REGION = "us-east-1";
    public static final String DEFAULT_ACCOUNT_ID = "123456789012";
    public static final int DEFAULT_MAX_REQUEST_BYTES = 1024 * 1024;

    public ServerConfig {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(clock, "clock");
        seeds = List.copyOf(seeds);
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
                .credentials(credentials);
        builder.seeds.addAll(seeds);
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
        private int ioThreads = 2;
        private int versionLimit;
        private Credentials credentials;

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

        /** Requires every request to be signed (SigV4) with these keys; {@code null} accepts anyone. */
        public Builder credentials(Credentials credentials) {
            this.credentials = credentials;
            return this;
        }

        /** Requires every request to be signed (SigV4) with this access key and secret key. */
        public Builder credentials(String accessKeyId, String secretAccessKey) {
            return credentials(new Credentials(accessKeyId, secretAccessKey));
        }

        public ServerConfig build() {
            return new ServerConfig(
                    host, port, region, accountId, seeds, clock, maxRequestBytes, ioThreads, versionLimit, credentials);
        }
    }
}
