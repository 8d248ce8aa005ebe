package io.github.mocksecretsmanager.testcontainers;

import com.github.dockerjava.api.exception.NotFoundException;
import io.github.mocksecretsmanager.faults.FaultInjection;
import io.github.mocksecretsmanager.faults.FaultRule;
import io.github.mocksecretsmanager.faults.ServerClock;
import io.github.mocksecretsmanager.journal.FaultJson;
import io.github.mocksecretsmanager.journal.JournalJson;
import io.github.mocksecretsmanager.journal.RecordedRequest;
import io.github.mocksecretsmanager.journal.RequestJournal;
import io.github.mocksecretsmanager.journal.RequestPattern;
import io.github.mocksecretsmanager.journal.RotationJson;
import io.github.mocksecretsmanager.journal.Times;
import io.github.mocksecretsmanager.rotation.Rotation;
import io.github.mocksecretsmanager.rotation.RotationControl;
import io.github.mocksecretsmanager.rotation.RotationFunction;
import io.github.mocksecretsmanager.rotation.RotationStep;
import io.github.mocksecretsmanager.rotation.webhook.RotationWebhookServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.images.RemoteDockerImage;
import org.testcontainers.utility.DockerImageName;
import org.testcontainers.utility.LazyFuture;
import org.testcontainers.utility.MountableFile;

/**
 * A Mock Secrets Manager server in a container: the AWS Secrets Manager wire protocol on port
 * {@value #PORT}, for services outside the test JVM, docker-compose style set-ups, or a server
 * several JVMs share.
 *
 * <pre>{@code
 * @Container
 * static SecretsManagerContainer secrets = new SecretsManagerContainer()
 *         .withSeedFile(MountableFile.forClasspathResource("secrets/seeds.json"))
 *         .withSecret("db/creds", "{\"user\":\"app\"}");
 *
 * SecretsManagerClient client = SecretsManagerClient.builder()
 *         .endpointOverride(secrets.getEndpoint())
 *         .region(Region.of(secrets.getRegion()))
 *         .credentialsProvider(StaticCredentialsProvider.create(
 *                 AwsBasicCredentials.create(secrets.getAccessKey(), secrets.getSecretKey())))
 *         .build();
 * }</pre>
 *
 * <p>Every setting is an environment variable of the image (a seed file is copied in as well), so
 * {@code withEnv} works as well and the getters read back whatever the environment says.
 *
 * <p>{@code new SecretsManagerContainer()} runs {@code mock-secrets-manager:<this module's version>}
 * when the Docker daemon has that image (this project's build tags it), and otherwise the published
 * {@code ghcr.io/mocksecretsmanager/mock-secrets-manager:<this module's version>}, which Testcontainers
 * pulls. The choice is made when the image is first needed (at {@code start()}), not when the object
 * is built. SNAPSHOT versions are not published: for them, the local image is required.
 */
public class SecretsManagerContainer extends GenericContainer<SecretsManagerContainer>
        implements RequestJournal, FaultInjection, RotationControl {

    /** The port the server listens on inside the container. */
    public static final int PORT = 4584;

    /** The published image's name; the default tag is this module's own version. */
    public static final DockerImageName DEFAULT_IMAGE_NAME =
            DockerImageName.parse("ghcr.io/mocksecretsmanager/mock-secrets-manager");

    /**
     * The name this project's build gives the image it makes locally; with this module's version as
     * the tag, it is preferred to {@link #DEFAULT_IMAGE_NAME} when the Docker daemon has it.
     */
    public static final DockerImageName LOCAL_IMAGE_NAME = DockerImageName.parse("mock-secrets-manager");

    static final String REGION_VARIABLE = "MSM_REGION";
    static final String ACCOUNT_ID_VARIABLE = "MSM_ACCOUNT_ID";
    static final String SEEDS_VARIABLE = "MSM_SEEDS";
    static final String SEED_FILE_VARIABLE = "MSM_SEED_FILE";
    /** Where {@link #withSeedFile} puts the file: a directory of the image, readable by its user 10001. */
    static final String SEED_FILE_PATH = "/opt/msm/seeds.json";
    /** rw-r--r--: the copy belongs to root, and the server runs as user 10001. */
    static final int SEED_FILE_MODE = 0644;

    static final String ROTATION_FUNCTIONS_REQUIRED_VARIABLE = "MSM_ROTATION_FUNCTIONS_REQUIRED";
    /**
     * The name the container reaches the test's host by: Docker Desktop knows it, and {@code
     * host-gateway} (Docker 20.10+) gives it on Linux.
     */
    static final String TEST_HOST = "host.docker.internal";

    static final String ACCESS_KEY_VARIABLE = "MSM_ACCESS_KEY_ID";
    static final String SECRET_KEY_VARIABLE = "MSM_SECRET_ACCESS_KEY";

    private static final String DEFAULT_REGION = "us-east-1";
    private static final String DEFAULT_ACCOUNT_ID = "123456789012";
    private static final String DEFAULT_CREDENTIAL = "test";
    private static final Duration ADMIN_TIMEOUT = Duration.ofSeconds(10);
    /** How long one request of {@link #awaitRotation} waits at most. */
    private static final Duration AWAIT_CHUNK = Duration.ofSeconds(5);

    /** Seed file entries by name, already as JSON objects, in the order they were given. */
    private final Map<String, String> seeds = new LinkedHashMap<>();
    /** What {@link #withSeedFile} copies into the container when it is created; null for none. */
    private @Nullable MountableFile seedFile;
    /** The webhooks serving this JVM's rotation functions to the container, by Lambda ARN. */
    private final Map<String, RotationWebhookServer> webhooks = new LinkedHashMap<>();

    /**
     * The image of this module's version: {@code mock-secrets-manager:<version>} when the Docker daemon
     * has it (built by this project), else the published {@code
     * ghcr.io/mocksecretsmanager/mock-secrets-manager:<version>}, pulled by Testcontainers. For a
     * SNAPSHOT version, which is never published, starting fails with what to build when the local
     * image is missing.
     */
    public SecretsManagerContainer() {
        this(moduleVersion(), SecretsManagerContainer::presentLocally);
    }

    /** The default image of {@code version}, {@code presentLocally} telling whether the daemon has the local build. */
    SecretsManagerContainer(String version, Predicate<DockerImageName> presentLocally) {
        super(new RemoteDockerImage(new DefaultImage(version, presentLocally)));
        applyDefaults();
    }

    /**
     * A given image, used as it is: {@code ghcr.io/mocksecretsmanager/mock-secrets-manager} or {@code
     * mock-secrets-manager} with any tag, or another name declared with {@code
     * DockerImageName.parse("registry.example/msm:1").asCompatibleSubstituteFor("mock-secrets-manager")}.
     */
    public SecretsManagerContainer(DockerImageName image) {
        super(image);
        image.assertCompatibleWith(DEFAULT_IMAGE_NAME, LOCAL_IMAGE_NAME);
        applyDefaults();
    }

    private void applyDefaults() {
        withExposedPorts(PORT);
        withExtraHost(TEST_HOST, "host-gateway");
        waitingFor(Wait.forHttp("/__admin/health").forPort(PORT).forStatusCode(200));
    }

    /** The region in ARNs ({@code MSM_REGION}, default {@code us-east-1}). */
    public SecretsManagerContainer withRegion(String region) {
        return withEnv(REGION_VARIABLE, Objects.requireNonNull(region, "region"));
    }

    /** The 12-digit account id in ARNs ({@code MSM_ACCOUNT_ID}, default {@code 123456789012}). */
    public SecretsManagerContainer withAccountId(String accountId) {
        return withEnv(ACCOUNT_ID_VARIABLE, Objects.requireNonNull(accountId, "accountId"));
    }

    /**
     * Requires every request to be signed (SigV4) with these keys ({@code MSM_ACCESS_KEY_ID},
     * {@code MSM_SECRET_ACCESS_KEY}); callers with other keys or no signature get AWS's
     * authentication errors. {@link #getAccessKey()} and {@link #getSecretKey()} then return these keys.
     * The admin endpoints then require the secret key as a bearer token, which this class's journal,
     * fault, clock and rotation methods send.
     */
    public SecretsManagerContainer withCredentials(String accessKey, String secretKey) {
        withEnv(ACCESS_KEY_VARIABLE, Objects.requireNonNull(accessKey, "accessKey"));
        return withEnv(SECRET_KEY_VARIABLE, Objects.requireNonNull(secretKey, "secretKey"));
    }

    /**
     * {@code false}: RotateSecret with a Lambda ARN that has no function registered only records the
     * rotation's configuration, instead of failing with AWS's {@code AccessDeniedException} (the
     * default); env {@code MSM_ROTATION_FUNCTIONS_REQUIRED}.
     */
    public SecretsManagerContainer withRotationFunctionsRequired(boolean required) {
        return withEnv(ROTATION_FUNCTIONS_REQUIRED_VARIABLE, String.valueOf(required));
    }

    /**
     * Seeds the secrets of a seed file, the format the JUnit extension's {@code seedFile} and the
     * standalone server's {@code --seed-file} read too:
     *
     * <pre>{@code
     * [
     *   {"name": "api/key", "value": "plain text"},
     *   {"name": "db/creds", "value": {"user": "app", "password": "..."}},
     *   {"name": "tls/key", "base64": "AAECAw=="}
     * ]
     * }</pre>
     *
     * <p>The file is copied into the container, readable by the server's user, as
     * {@value #SEED_FILE_PATH}, which {@code MSM_SEED_FILE} names. Its secrets exist from the start
     * and again after {@code POST /__admin/reset}, before those of {@link #withSecret}. Calling this
     * again replaces the file. A malformed file stops the server at start: the container log names
     * the line, the column and the secret, never a value.
     *
     * @throws IllegalArgumentException if {@code file} is not a regular file
     */
    public SecretsManagerContainer withSeedFile(MountableFile file) {
        Path path = Path.of(Objects.requireNonNull(file, "file").getResolvedPath());
        if (!Files.isRegularFile(path)) {
            throw new IllegalArgumentException("seed file " + path + " is not a file");
        }
        seedFile = MountableFile.forHostPath(path, SEED_FILE_MODE);
        return withEnv(SEED_FILE_VARIABLE, SEED_FILE_PATH);
    }

    /** Seeds the secrets of a seed file on the host; see {@link #withSeedFile(MountableFile)}. */
    public SecretsManagerContainer withSeedFile(Path file) {
        return withSeedFile(MountableFile.forHostPath(Objects.requireNonNull(file, "file")));
    }

    /** Copies the seed file in before the server starts; only the last one given. */
    @Override
    protected void containerIsCreated(String containerId) {
        super.containerIsCreated(containerId);
        if (seedFile != null) {
            copyFileToContainer(seedFile, SEED_FILE_PATH);
        }
    }

    /**
     * A secret with a {@code SecretString} that exists from the start (and again after
     * {@code POST /__admin/reset}), after those of {@link #withSeedFile}. The same name again replaces
     * the value. Seeds given this way go to the server as seed file JSON in {@code MSM_SEEDS}.
     */
    public SecretsManagerContainer withSecret(String name, String value) {
        Objects.requireNonNull(value, "value");
        return withSeed(name, "\"value\":" + JsonText.string(value));
    }

    /** A secret with a {@code SecretBinary}; see {@link #withSecret(String, String)}. */
    public SecretsManagerContainer withSecret(String name, byte[] value) {
        Objects.requireNonNull(value, "value");
        return withSeed(
                name, "\"base64\":" + JsonText.string(Base64.getEncoder().encodeToString(value)));
    }

    private SecretsManagerContainer withSeed(String name, String valueMember) {
        seeds.put(Objects.requireNonNull(name, "name"), "{\"name\":" + JsonText.string(name) + "," + valueMember + "}");
        return withEnv(SEEDS_VARIABLE, "[" + String.join(",", seeds.values()) + "]");
    }

    /**
     * The endpoint for clients on the host running the tests, such as an SDK client in the test
     * itself. Other containers use {@link #getNetworkEndpoint()}.
     */
    public URI getEndpoint() {
        return URI.create("http://" + getHost() + ":" + getMappedPort(PORT));
    }

    /**
     * The endpoint for other containers on the same {@link #withNetwork network}: {@code
     * http://<alias>:4584}, with the alias last given to {@link #withNetworkAliases}, or else the one
     * Testcontainers generates.
     *
     * @throws IllegalStateException if the container is not on a network of its own
     */
    public URI getNetworkEndpoint() {
        List<String> aliases = getNetworkAliases();
        if (getNetwork() == null || aliases.isEmpty()) {
            throw new IllegalStateException("the container has no network alias: call withNetwork(network) and,"
                    + " to choose the host name, withNetworkAliases(\"secrets\")");
        }
        return URI.create("http://" + aliases.get(aliases.size() - 1) + ":" + PORT);
    }

    public String getRegion() {
        return getEnvMap().getOrDefault(REGION_VARIABLE, DEFAULT_REGION);
    }

    public String getAccountId() {
        return getEnvMap().getOrDefault(ACCOUNT_ID_VARIABLE, DEFAULT_ACCOUNT_ID);
    }

    /** The access key for clients: the one given to {@link #withCredentials}, else {@code test} (any is accepted). */
    public String getAccessKey() {
        return getEnvMap().getOrDefault(ACCESS_KEY_VARIABLE, DEFAULT_CREDENTIAL);
    }

    /** The secret key for clients: the one given to {@link #withCredentials}, else {@code test} (any is accepted). */
    public String getSecretKey() {
        return getEnvMap().getOrDefault(SECRET_KEY_VARIABLE, DEFAULT_CREDENTIAL);
    }

    /**
     * Every AWS request the server in the container received since its start or last reset, oldest
     * first, read from {@code GET /__admin/requests}. Verify with {@link #verify(RequestPattern, Times)}
     * as against an in-JVM server.
     *
     * @throws IllegalStateException when the server keeps no journal ({@code MSM_JOURNAL_SIZE=0}) or
     *     cannot be reached
     */
    @Override
    public List<RecordedRequest> requests() {
        return JournalJson.read(admin("GET", "/__admin/requests"));
    }

    /** Empties the request journal ({@code DELETE /__admin/requests}); secrets stay as they are. */
    @Override
    public void resetJournal() {
        admin("DELETE", "/__admin/requests");
    }

    /**
     * Adds a fault rule to the server in the container ({@code POST /__admin/faults}); see {@link
     * FaultRule}. {@code POST /__admin/reset} removes every rule.
     *
     * @return the rule's id
     */
    @Override
    public String addFault(FaultRule rule) {
        String added = admin("POST", "/__admin/faults", FaultJson.write(Objects.requireNonNull(rule, "rule")));
        return Objects.requireNonNull(FaultJson.read(added).id(), "the server answered a rule without an id");
    }

    /** The rules in force ({@code GET /__admin/faults}), in the order they are tried. */
    @Override
    public List<FaultRule> faults() {
        return FaultJson.readList(admin("GET", "/__admin/faults"));
    }

    /** Removes one rule ({@code DELETE /__admin/faults/<id>}); an unknown id is ignored. */
    @Override
    public void removeFault(String id) {
        admin("DELETE", "/__admin/faults/" + URLEncoder.encode(id, StandardCharsets.UTF_8));
    }

    /** Removes every rule ({@code DELETE /__admin/faults}). */
    @Override
    public void removeFaults() {
        admin("DELETE", "/__admin/faults");
    }

    /**
     * The clock of the server in the container, read and moved through {@code GET} and {@code POST
     * /__admin/clock}. Moving it runs what falls due (deletions at the end of a recovery window, version
     * pruning) before the call returns; {@code POST /__admin/reset} puts it back.
     */
    public ServerClock clock() {
        return new ServerClock() {
            @Override
            public Instant now() {
                return FaultJson.readNow(admin("GET", "/__admin/clock"));
            }

            @Override
            public void set(Instant instant) {
                admin("POST", "/__admin/clock", FaultJson.writeSet(Objects.requireNonNull(instant, "instant")));
            }

            @Override
            public void advance(Duration duration) {
                if (duration.isNegative()) {
                    throw new IllegalArgumentException("the clock only advances: " + duration + " is negative");
                }
                admin("POST", "/__admin/clock", FaultJson.writeAdvance(duration));
            }

            @Override
            public String toString() {
                return "ServerClock[" + getContainerName() + "]";
            }
        };
    }

    /**
     * Serves {@code function} to the server in the container: a {@link RotationWebhookServer} in this
     * JVM, listening on every interface and a free port, registered as the webhook of {@code lambdaArn}
     * ({@code POST /__admin/rotation-functions}) at {@code http://host.docker.internal:<port>/}, the
     * test's host as the container sees it. The webhook stops with the container, or when another
     * function is registered for the ARN, or on {@link #removeRotationFunctions()}. The function runs
     * in this JVM: to call Secrets Manager, it uses a client of {@link #getEndpoint()}.
     *
     * @throws IllegalStateException when the container is not running
     */
    @Override
    public void registerRotationFunction(String lambdaArn, RotationFunction function) {
        Objects.requireNonNull(lambdaArn, "lambdaArn");
        RotationWebhookServer webhook = RotationWebhookServer.start("0.0.0.0", 0, function);
        try {
            registerRotationWebhook(lambdaArn, URI.create("http://" + TEST_HOST + ":" + webhook.port() + "/"));
        } catch (RuntimeException e) {
            webhook.close();
            throw e;
        }
        RotationWebhookServer replaced;
        synchronized (webhooks) {
            replaced = webhooks.put(lambdaArn, webhook);
        }
        if (replaced != null) {
            replaced.close();
        }
    }

    /**
     * Registers a webhook the server in the container POSTs each step's event to ({@code POST
     * /__admin/rotation-functions}); {@code url} as the container sees it. {@code POST /__admin/reset}
     * removes it.
     */
    @Override
    public void registerRotationWebhook(String lambdaArn, URI url) {
        admin(
                "POST",
                "/__admin/rotation-functions",
                "{\"arn\":" + JsonText.string(Objects.requireNonNull(lambdaArn, "lambdaArn")) + ",\"url\":"
                        + JsonText.string(Objects.requireNonNull(url, "url").toString()) + "}");
    }

    /** The ARNs with a function registered ({@code GET /__admin/rotation-functions}), sorted. */
    @Override
    public List<String> rotationFunctions() {
        return RotationJson.readRotationFunctions(admin("GET", "/__admin/rotation-functions"));
    }

    /** Removes every function ({@code DELETE /__admin/rotation-functions}) and stops this JVM's webhooks. */
    @Override
    public void removeRotationFunctions() {
        admin("DELETE", "/__admin/rotation-functions");
        closeWebhooks();
    }

    /** {@code POST /__admin/rotations/pause}; see {@link RotationControl#pauseRotation}. */
    @Override
    public void pauseRotation(String secretId, RotationStep step) {
        admin(
                "POST",
                "/__admin/rotations/pause",
                "{\"secretId\":" + JsonText.string(Objects.requireNonNull(secretId, "secretId")) + ",\"step\":"
                        + JsonText.string(step.awsName()) + "}");
    }

    /** {@code POST /__admin/rotations/resume}. */
    @Override
    public void resumeRotation(String secretId) {
        admin(
                "POST",
                "/__admin/rotations/resume",
                "{\"secretId\":" + JsonText.string(Objects.requireNonNull(secretId, "secretId")) + "}");
    }

    /** {@code GET /__admin/rotation?secretId=...}; empty when it answers 404 (no rotation started). */
    @Override
    public Optional<Rotation> rotation(String secretId) {
        String path = rotationPath(secretId, null);
        HttpResponse<String> response = adminResponse("GET", path, null, ADMIN_TIMEOUT);
        if (response.statusCode() == 404) {
            return Optional.empty();
        }
        return Optional.of(RotationJson.readRotation(ok("GET", path, response)));
    }

    /** {@code GET /__admin/rotations}. */
    @Override
    public List<Rotation> rotations() {
        return RotationJson.readRotations(admin("GET", "/__admin/rotations"));
    }

    /**
     * Waits with {@code GET /__admin/rotation?secretId=...&awaitSeconds=...}, a few seconds per request,
     * until the rotation is settled.
     */
    @Override
    public Rotation awaitRotation(String secretId, Duration timeout) {
        Objects.requireNonNull(secretId, "secretId");
        Instant deadline = Instant.now().plus(timeout);
        while (true) {
            long seconds = Math.max(
                    0,
                    Math.min(
                            AWAIT_CHUNK.toSeconds(),
                            Duration.between(Instant.now(), deadline).toSeconds()));
            String path = rotationPath(secretId, seconds);
            HttpResponse<String> response = adminResponse("GET", path, null, ADMIN_TIMEOUT.plusSeconds(seconds));
            if (response.statusCode() == 404) {
                throw new IllegalStateException(
                        "no rotation of " + secretId + " has started (since the server started or was reset)");
            }
            Rotation rotation = RotationJson.readRotation(ok("GET", path, response));
            if (rotation.state().isSettled()) {
                return rotation;
            }
            if (!Instant.now().isBefore(deadline)) {
                throw new IllegalStateException("the rotation of " + secretId + " is still running after " + timeout);
            }
            if (seconds == 0) {
                pause(Duration.ofMillis(100));
            }
        }
    }

    private static String rotationPath(String secretId, @Nullable Long awaitSeconds) {
        String path = "/__admin/rotation?secretId="
                + URLEncoder.encode(Objects.requireNonNull(secretId, "secretId"), StandardCharsets.UTF_8);
        return awaitSeconds == null ? path : path + "&awaitSeconds=" + awaitSeconds;
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a rotation", e);
        }
    }

    /** Stops the container, then the webhooks serving this JVM's rotation functions to it. */
    @Override
    public void stop() {
        try {
            super.stop();
        } finally {
            closeWebhooks();
        }
    }

    private void closeWebhooks() {
        List<RotationWebhookServer> toClose;
        synchronized (webhooks) {
            toClose = List.copyOf(webhooks.values());
            webhooks.clear();
        }
        toClose.forEach(RotationWebhookServer::close);
    }

    private String admin(String method, String path) {
        return admin(method, path, null);
    }

    private String admin(String method, String path, @Nullable String body) {
        return ok(method, path, adminResponse(method, path, body, ADMIN_TIMEOUT));
    }

    private static String ok(String method, String path, HttpResponse<String> response) {
        if (response.statusCode() != 200) {
            throw new IllegalStateException(
                    method + " " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    private HttpResponse<String> adminResponse(String method, String path, @Nullable String body, Duration timeout) {
        HttpRequest.Builder request = HttpRequest.newBuilder(getEndpoint().resolve(path))
                .method(
                        method,
                        body == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .header("Content-Type", "application/json")
                .timeout(timeout);
        // With credentials, the server requires its secret key as the admin endpoints' bearer token.
        String secretKey = getEnvMap().get(SECRET_KEY_VARIABLE);
        if (secretKey != null && !secretKey.isBlank()) {
            request.header("Authorization", "Bearer " + secretKey);
        }
        try {
            return HttpClient.newBuilder()
                    .connectTimeout(ADMIN_TIMEOUT)
                    .build()
                    .send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + path + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(method + " " + path + " was interrupted", e);
        }
    }

    /** {@code ghcr.io/mocksecretsmanager/mock-secrets-manager:<this module's version>}. */
    static DockerImageName publishedImage() {
        return DEFAULT_IMAGE_NAME.withTag(moduleVersion());
    }

    /** {@code mock-secrets-manager:<this module's version>}, as this project's build tags it. */
    static DockerImageName localImage() {
        return LOCAL_IMAGE_NAME.withTag(moduleVersion());
    }

    /**
     * The default image of {@code version}: the local build when {@code presentLocally} says the
     * Docker daemon has it, else the published image.
     *
     * @throws IllegalStateException for a SNAPSHOT version without the local image (none is published)
     */
    static DockerImageName chooseImage(String version, Predicate<DockerImageName> presentLocally) {
        DockerImageName local = LOCAL_IMAGE_NAME.withTag(version);
        if (presentLocally.test(local)) {
            return local.asCompatibleSubstituteFor(DEFAULT_IMAGE_NAME);
        }
        if (version.endsWith("-SNAPSHOT")) {
            throw new IllegalStateException("The image " + local.asCanonicalNameString()
                    + " is not on the Docker daemon, and SNAPSHOT versions are not published to "
                    + DEFAULT_IMAGE_NAME.getRegistry() + ": build it from this project's sources with"
                    + " `mvn -B package -DskipTests -pl testcontainers-module -am` on this machine (or"
                    + " `mvn -B install`), or give the image: new SecretsManagerContainer("
                    + "DockerImageName.parse(\"" + DEFAULT_IMAGE_NAME.getUnversionedPart() + ":<released version>\"))");
        }
        return DEFAULT_IMAGE_NAME.withTag(version);
    }

    /** Whether the Docker daemon has {@code image}; asks it, so needs Docker. */
    static boolean presentLocally(DockerImageName image) {
        try {
            DockerClientFactory.instance()
                    .client()
                    .inspectImageCmd(image.asCanonicalNameString())
                    .exec();
            return true;
        } catch (NotFoundException e) {
            return false;
        }
    }

    /** The image name of {@code new SecretsManagerContainer()}, chosen when Testcontainers first needs it. */
    private static final class DefaultImage extends LazyFuture<String> {
        private final String version;
        private final Predicate<DockerImageName> presentLocally;

        DefaultImage(String version, Predicate<DockerImageName> presentLocally) {
            this.version = version;
            this.presentLocally = presentLocally;
        }

        @Override
        protected String resolve() {
            return chooseImage(version, presentLocally).asCanonicalNameString();
        }

        @Override
        public String toString() {
            return "the default image (" + LOCAL_IMAGE_NAME.withTag(version).asCanonicalNameString()
                    + " if present, else " + DEFAULT_IMAGE_NAME.withTag(version).asCanonicalNameString() + ")";
        }
    }

    static String moduleVersion() {
        Properties properties = new Properties();
        String resource = "mock-secrets-manager-testcontainers.properties";
        try (InputStream in = SecretsManagerContainer.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the classpath");
            }
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        return properties.getProperty("version");
    }
}
