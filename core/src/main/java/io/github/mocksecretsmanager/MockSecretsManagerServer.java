package io.github.mocksecretsmanager;

import com.fasterxml.jackson.core.JsonFactory;
import io.github.mocksecretsmanager.faults.FaultInjection;
import io.github.mocksecretsmanager.faults.FaultRule;
import io.github.mocksecretsmanager.faults.ServerClock;
import io.github.mocksecretsmanager.internal.engine.Engines;
import io.github.mocksecretsmanager.internal.engine.Scope;
import io.github.mocksecretsmanager.internal.protocol.AdminHandler;
import io.github.mocksecretsmanager.internal.protocol.FaultRules;
import io.github.mocksecretsmanager.internal.protocol.JournalBuffer;
import io.github.mocksecretsmanager.internal.protocol.LocalStackHandler;
import io.github.mocksecretsmanager.internal.protocol.OperationRegistry;
import io.github.mocksecretsmanager.internal.protocol.RequestRecorder;
import io.github.mocksecretsmanager.internal.protocol.ScopeResolver;
import io.github.mocksecretsmanager.internal.protocol.SecretsManagerHandler;
import io.github.mocksecretsmanager.internal.protocol.SignatureVerifier;
import io.github.mocksecretsmanager.internal.protocol.operations.Operations;
import io.github.mocksecretsmanager.journal.RecordedRequest;
import io.github.mocksecretsmanager.journal.RequestJournal;
import io.github.mocksecretsmanager.model.SecretSnapshot;
import io.github.mocksecretsmanager.model.SecretVersion;
import io.github.mocksecretsmanager.rotation.Rotation;
import io.github.mocksecretsmanager.rotation.RotationControl;
import io.github.mocksecretsmanager.rotation.RotationFunction;
import io.github.mocksecretsmanager.rotation.RotationStep;
import io.undertow.UndertowOptions;
import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.server.handlers.GracefulShutdownHandler;
import io.undertow.util.Headers;
import io.undertow.util.HttpString;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.xnio.OptionMap;

/**
 * A running AWS Secrets Manager emulator: an HTTP endpoint that AWS clients talk to, plus a Java API
 * to seed, inspect and reset its secrets.
 *
 * <pre>{@code
 * try (MockSecretsManagerServer server = MockSecretsManagerServer.start()) {
 *     SecretsManagerClient client = SecretsManagerClient.builder()
 *             .endpointOverride(server.endpoint())
 *             .region(Region.of(server.region()))
 *             .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
 *             .build();
 *     ...
 * }
 * }</pre>
 *
 * <p>One server answers every region and account: a request acts in the region of its SigV4 signature
 * and, when its access key id is twelve digits, in that account (otherwise the configured {@link
 * #region()} and {@link #accountId()}). Each region and account has its own secrets and ARNs; {@link
 * #inRegion(String)} reaches them from Java.
 *
 * <p>Servers share nothing: any number can run in one JVM. All methods are thread-safe.
 */
public final class MockSecretsManagerServer implements RequestJournal, FaultInjection, RotationControl, AutoCloseable {

    private static final int SHUTDOWN_GRACE_MILLIS = 1_000;
    private static final HttpString ERROR_TYPE = new HttpString("x-amzn-ErrorType");
    private static final String STOPPING =
            "{\"__type\":\"ServiceUnavailableException\",\"Message\":\"The server is stopping.\"}";

    private final ServerConfig config;
    private final Engines engines;
    private final RegionalSecrets home;
    private final MovableClock clock;
    private final RotationRunner rotations;
    private final FaultRules faults;
    private final @Nullable JournalBuffer journal;
    private final HttpListener listener;
    private final GracefulShutdownHandler shutdown;
    private final URI endpoint;
    private final int port;
    private volatile boolean stopped;

    private MockSecretsManagerServer(ServerConfig config) {
        this.config = config;
        this.clock = new MovableClock(config.clock(), this::runDueWork);
        this.rotations = new RotationRunner(config);
        Scope defaultScope = new Scope(config.accountId(), config.region());
        this.engines = new Engines(defaultScope, clock, config.versionLimit(), rotations);
        this.home = new RegionalSecrets(engines.defaultEngine());
        rotations.bind(engines);
        seed();
        JsonFactory json = JsonFactory.builder().build();
        SignatureVerifier signatures = config.credentials() == null
                ? null
                : new SignatureVerifier(
                        config.credentials().accessKeyId(),
                        config.credentials().secretAccessKey(),
                        // Clients sign with the real time: a moved clock must not make them "expired".
                        Clock.systemUTC());
        this.journal = config.journalSize() > 0 ? new JournalBuffer(config.journalSize()) : null;
        RequestRecorder recorder = journal == null ? null : new RequestRecorder(journal, clock);
        this.faults = new FaultRules();
        HttpHandler api = new SecretsManagerHandler(
                OperationRegistry.of(engines, Operations::byAction),
                new ScopeResolver(defaultScope),
                engines,
                json,
                config.maxRequestBytes(),
                signatures,
                recorder,
                faults);
        HttpHandler admin = new AdminHandler(
                json,
                this::reset,
                this::everySecret,
                journal,
                clock,
                faults,
                this,
                config.credentials() == null ? null : config.credentials().secretAccessKey());
        HttpHandler localStack = new LocalStackHandler();
        int readTimeoutMillis = (int) config.readTimeout().toMillis();
        this.shutdown = new GracefulShutdownHandler(new BodyDeadline(readTimeoutMillis, exchange -> {
            if (exchange.getRelativePath().startsWith(AdminHandler.PREFIX)) {
                admin.handleRequest(exchange);
            } else if (exchange.getRelativePath().startsWith(LocalStackHandler.PREFIX)) {
                localStack.handleRequest(exchange);
            } else {
                api.handleRequest(exchange);
            }
        }));
        OptionMap serverOptions = OptionMap.builder()
                // Drop connections that never finish sending their request headers; BodyDeadline does
                // the same for bodies.
                .set(UndertowOptions.REQUEST_PARSE_TIMEOUT, readTimeoutMillis)
                // handleRequest sets Date itself, without Undertow's SimpleDateFormat (see HttpDate).
                .set(UndertowOptions.ALWAYS_SET_DATE, false)
                // No MAX_ENTITY_SIZE: Undertow would answer a bare 400 itself; the handler's receiver
                // enforces maxRequestBytes and answers an AWS-shaped 413 instead.
                .getMap();
        try {
            this.listener = HttpListener.open(
                    config.host(),
                    config.port(),
                    config.ioThreads(),
                    this::handleRequest,
                    serverOptions,
                    new HttpListener.Limits((int) config.idleTimeout().toMillis(), config.maxConnections()));
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException(
                    "Could not start the Secrets Manager emulator on " + config.host() + ":" + config.port()
                            + " (is the port in use?)",
                    e);
        }
        this.port = listener.address().getPort();
        this.endpoint = URI.create("http://" + endpointHost(config.host()) + ":" + port);
    }

    /** Starts a server with the {@linkplain ServerConfig#defaults() defaults}: localhost, a free port. */
    public static MockSecretsManagerServer start() {
        return start(ServerConfig.defaults());
    }

    /** Starts a server; it is listening when this returns. */
    public static MockSecretsManagerServer start(ServerConfig config) {
        StartupGreetings.keepQuiet();
        return new MockSecretsManagerServer(config);
    }

    /** The URI to give AWS clients as their endpoint, e.g. {@code http://127.0.0.1:40123}. */
    public URI endpoint() {
        return endpoint;
    }

    /** The port the server listens on (the real one when the configuration asked for 0). */
    public int port() {
        return port;
    }

    public String region() {
        return config.region();
    }

    public String accountId() {
        return config.accountId();
    }

    public ServerConfig config() {
        return config;
    }

    /**
     * The secrets of {@code region} in the configured account, as clients signing for that region see
     * them: create, read and change them there.
     *
     * @throws IllegalArgumentException when {@code region} does not look like a region code
     */
    public RegionalSecrets inRegion(String region) {
        return inRegion(region, config.accountId());
    }

    /**
     * The secrets of {@code region} in account {@code accountId}, as clients whose access key id is that
     * account id see them.
     *
     * @throws IllegalArgumentException when the region or the account id is malformed
     */
    public RegionalSecrets inRegion(String region, String accountId) {
        if (!Scope.isRegion(region)) {
            throw new IllegalArgumentException("region must look like us-east-1, not '" + region + "'");
        }
        if (!Scope.isAccountId(accountId)) {
            throw new IllegalArgumentException("accountId must be 12 digits, not '" + accountId + "'");
        }
        Scope scope = new Scope(accountId, region);
        return scope.equals(engines.defaultScope()) ? home : new RegionalSecrets(engines.engine(scope));
    }

    /** Creates a secret of the configured region whose first version holds {@code value}. */
    public SecretSnapshot createSecret(String name, String value) {
        return home.createSecret(name, value);
    }

    /** Creates a secret of the configured region whose first version holds binary {@code value}. */
    public SecretSnapshot createSecret(String name, byte[] value) {
        return home.createSecret(name, value);
    }

    /** Adds a version that becomes {@code AWSCURRENT}, as PutSecretValue without stages would (configured region). */
    public SecretVersion putSecretValue(String secretId, String value) {
        return home.putSecretValue(secretId, value);
    }

    /** The secret of the configured region a name or ARN refers to, with all its versions, if it exists. */
    public Optional<SecretSnapshot> secret(String secretId) {
        return home.secret(secretId);
    }

    /**
     * Every secret of the configured region and account, including those scheduled for deletion, sorted
     * by name; {@link #inRegion(String)} has those of other regions.
     */
    public List<SecretSnapshot> secrets() {
        return home.secrets();
    }

    /**
     * The server's clock, which every date it answers with comes from: the configured {@link
     * ServerConfig#clock() clock} until a test {@linkplain ServerClock#set sets} or {@linkplain
     * ServerClock#advance advances} it. Moving it runs what falls due, as time passing on AWS would.
     */
    public ServerClock clock() {
        return clock;
    }

    /**
     * Removes every secret, then creates the configured seed secrets again; empties the request
     * journal, removes every fault rule, cancels and forgets every rotation, keeps only the rotation
     * functions of the configuration and puts the clock back to the configured clock's time.
     */
    public void reset() {
        faults.removeFaults();
        rotations.reset();
        clock.reset();
        engines.reset();
        seed();
        resetJournal();
    }

    /**
     * Adds a fault rule: matching requests get an AWS error, latency or a broken connection instead of
     * (or before) their normal answer. Faulted requests are in the journal with their {@link
     * RecordedRequest#fault() fault}.
     *
     * <pre>{@code
     * server.addFault(FaultRule.onOperation("GetSecretValue").throttle().times(2));
     * }</pre>
     */
    @Override
    public String addFault(FaultRule rule) {
        return faults.addFault(rule);
    }

    @Override
    public List<FaultRule> faults() {
        return faults.faults();
    }

    @Override
    public void removeFault(String id) {
        faults.removeFault(id);
    }

    @Override
    public void removeFaults() {
        faults.removeFaults();
    }

    /**
     * Registers the function run for rotations with {@code lambdaArn}, in this JVM. It calls the server
     * back through an ordinary client, as a Lambda function calls Secrets Manager.
     */
    @Override
    public void registerRotationFunction(String lambdaArn, RotationFunction function) {
        rotations.register(lambdaArn, function);
    }

    @Override
    public void registerRotationWebhook(String lambdaArn, URI url) {
        rotations.register(lambdaArn, new WebhookRotationFunction(url));
    }

    @Override
    public List<String> rotationFunctions() {
        return rotations.functions().keySet().stream().sorted().toList();
    }

    @Override
    public void removeRotationFunctions() {
        rotations.removeFunctions();
    }

    @Override
    public void pauseRotation(String secretId, RotationStep step) {
        rotations.pause(secretId, step);
    }

    @Override
    public void resumeRotation(String secretId) {
        rotations.resume(secretId);
    }

    @Override
    public Optional<Rotation> rotation(String secretId) {
        return rotations.rotation(secretId);
    }

    @Override
    public List<Rotation> rotations() {
        return rotations.rotations();
    }

    @Override
    public Rotation awaitRotation(String secretId, Duration timeout) {
        return rotations.await(secretId, timeout);
    }

    /**
     * Every AWS request received since the start or the last reset (the most recent {@link
     * ServerConfig#journalSize()}), oldest first. Admin endpoints and calls of this Java API are not
     * requests.
     *
     * @throws IllegalStateException when the server runs without a journal ({@code journalSize} 0)
     */
    @Override
    public List<RecordedRequest> requests() {
        if (journal == null) {
            throw new IllegalStateException("this server keeps no request journal: it was started with journalSize 0");
        }
        return journal.entries(0);
    }

    /** Empties the request journal; secrets stay as they are. */
    @Override
    public void resetJournal() {
        if (journal != null) {
            journal.clear();
        }
    }

    /**
     * Stops listening and releases the port and threads. Requests in progress get up to a second to
     * finish; requests arriving meanwhile are answered 503 {@code ServiceUnavailableException} (which
     * SDKs retry), and connections still open after that are closed, so no client waits on a stopped
     * server. Idempotent.
     */
    public void stop() {
        synchronized (this) {
            if (stopped) {
                return;
            }
            stopped = true;
        }
        rotations.stop();
        shutdown.shutdown();
        try {
            shutdown.awaitShutdown(SHUTDOWN_GRACE_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        listener.close(SHUTDOWN_GRACE_MILLIS);
    }

    @Override
    public void close() {
        stop();
    }

    @Override
    public String toString() {
        return "MockSecretsManagerServer[" + endpoint + ", region=" + config.region() + "]";
    }

    /**
     * Requests that arrive once {@link #stop()} has begun get an AWS-shaped 503, which SDKs retry, and
     * their connection closed; those already in progress finish (for up to a second).
     */
    private void handleRequest(HttpServerExchange exchange) throws Exception {
        exchange.getResponseHeaders().put(Headers.DATE, HttpDate.now());
        if (stopped) {
            exchange.setPersistent(false);
            exchange.setStatusCode(503);
            exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, "application/x-amz-json-1.1");
            exchange.getResponseHeaders().put(ERROR_TYPE, "ServiceUnavailableException");
            exchange.getResponseSender().send(STOPPING);
            return;
        }
        shutdown.handleRequest(exchange);
    }

    private void runDueWork() {
        engines.runDueWork();
    }

    /** Every secret of every region and account, for the admin API. */
    private List<SecretSnapshot> everySecret() {
        List<SecretSnapshot> all = new ArrayList<>();
        engines.all().forEach(engine -> all.addAll(engine.snapshots()));
        return all;
    }

    private void seed() {
        for (SeedSecret seed : config.seeds()) {
            home.create(seed.name(), seed.value());
        }
    }

    private static String endpointHost(String host) {
        if (host.equals("0.0.0.0") || host.equals("::") || host.equals("[::]")) {
            return "localhost";
        }
        return host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
    }
}
