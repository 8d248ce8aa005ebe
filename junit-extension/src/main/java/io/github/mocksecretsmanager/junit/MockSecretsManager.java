package io.github.mocksecretsmanager.junit;

import io.github.mocksecretsmanager.ServerConfig;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * Gives a test class a running AWS Secrets Manager emulator and injects what talks to it.
 *
 * <pre>{@code
 * @MockSecretsManager
 * class RotationTest {
 *     @Test
 *     void putsNewVersion(SecretsManagerClient client) { ... }
 * }
 * }</pre>
 *
 * <p>One server per test class, started before the class's first callback and stopped after the
 * class; {@code @Nested} classes share it unless they declare a different configuration. Parameters
 * and {@link InjectSecretsManager} fields of type {@code SecretsManagerClient},
 * {@code SecretsManagerAsyncClient}, {@link io.github.mocksecretsmanager.MockSecretsManagerServer}
 * and {@link java.net.URI} (the endpoint) are injected. Before each test the server goes back to its
 * {@link Seed seeds} unless {@link #reset()} says otherwise.
 *
 * <p>On a Spring test class with {@code mock-secrets-manager-spring} on the class path, the server is
 * shared by configuration with the application context instead (see {@link SharedServers}).
 *
 * <p>For a configuration the attributes cannot express, register {@link MockSecretsManagerExtension}
 * with {@link MockSecretsManagerExtension#builder()} instead; when both are present the builder wins.
 */
@Target({ElementType.TYPE, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(MockSecretsManagerExtension.class)
@ResourceLock(providers = SystemPropertiesLock.class)
public @interface MockSecretsManager {

    /** The port to listen on; 0 (the default) picks a free one, so classes never clash. */
    int port() default 0;

    /** The region the server reports, uses in ARNs, and configures injected clients with. */
    String region() default ServerConfig.DEFAULT_REGION;

    /** The 12-digit account id that appears in ARNs. */
    String accountId() default ServerConfig.DEFAULT_ACCOUNT_ID;

    /**
     * With {@link #secretAccessKey()}: the server then requires every request to be signed (SigV4)
     * with these keys, and injected clients use them. Empty (the default): any caller is accepted.
     */
    String accessKeyId() default "";

    /** The secret access key that goes with {@link #accessKeyId()}. */
    String secretAccessKey() default "";

    /**
     * A classpath resource (e.g. {@code "secrets/seeds.json"}) holding more seed secrets, in the
     * {@link io.github.mocksecretsmanager.SeedFile seed file} format the standalone server
     * ({@code --seed-file}, {@code MSM_SEED_FILE}) and the container ({@code withSeedFile}) read too:
     *
     * <pre>{@code
     * [
     *   {"name": "api/key", "value": "plain text"},
     *   {"name": "db/creds", "value": {"user": "app", "password": "..."}},
     *   {"name": "tls/key", "base64": "AAECAw=="}
     * ]
     * }</pre>
     *
     * A {@code "value"} that is not a JSON string is stored as its compact JSON text. The file is read
     * with the test class's class loader when the class starts; a missing or malformed file fails the
     * class with a message naming the file, and the line, column and secret of the problem, never a
     * value. Its secrets come after those of {@link Seed}; a name seeded twice fails the class. Empty
     * (the default) for none.
     */
    String seedFile() default "";

    /**
     * Whether RotateSecret with a {@code RotationLambdaARN} that has no function registered (with
     * {@link RegisterRotationFunction} or {@link
     * io.github.mocksecretsmanager.rotation.RotationControl#registerRotationFunction}) fails as on AWS,
     * with {@code AccessDeniedException} (the default); {@code false} only records the rotation's
     * configuration, for tests that need RotateSecret to succeed and nothing more.
     */
    boolean rotationFunctionsRequired() default true;

    /** Whether each class gets its own server (the default) or the whole run shares one. */
    ServerLifecycle lifecycle() default ServerLifecycle.PER_CLASS;

    /** When the server goes back to its seeds; before each test by default. */
    ResetMode reset() default ResetMode.BEFORE_EACH_TEST;

    /**
     * Whether to point code that builds its own client at the server, by setting the JVM system
     * properties {@code aws.endpointUrlSecretsManager}, {@code aws.region}, {@code aws.accessKeyId}
     * and {@code aws.secretAccessKey} for the duration of the class (and restoring them after).
     * System properties are global to the JVM: classes that export are never run at the same time as
     * each other (they take JUnit's {@code SYSTEM_PROPERTIES} lock).
     */
    boolean exportSystemProperties() default false;
}
