package io.github.mocksecretsmanager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mocksecretsmanager.internal.engine.AwsException;
import io.github.mocksecretsmanager.internal.engine.Engines;
import io.github.mocksecretsmanager.internal.engine.ErrorCode;
import io.github.mocksecretsmanager.internal.engine.NewSecret;
import io.github.mocksecretsmanager.internal.engine.RotationStart;
import io.github.mocksecretsmanager.internal.engine.Scope;
import io.github.mocksecretsmanager.internal.engine.SecretsEngine;
import io.github.mocksecretsmanager.model.SecretValue;
import io.github.mocksecretsmanager.rotation.RotationState;
import io.github.mocksecretsmanager.rotation.RotationStep;
import io.github.mocksecretsmanager.testsupport.MutableClock;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What the runner keeps of a secret's rotations follows the secret: forgotten when the secret is gone
 * for good, kept while it is only scheduled for deletion. Through the engine, without HTTP.
 */
class RotationRunnerTest {

    private static final String LAMBDA = "arn:aws:lambda:us-east-1:123456789012:function:rotate";
    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final Path SERVER_LOG = Path.of("target", "test-server.log");

    private final ServerConfig config = ServerConfig.defaults();
    private final RotationRunner runner = new RotationRunner(config);
    private final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
    private final Engines engines = new Engines(new Scope(config.accountId(), config.region()), clock, 0, runner);
    private final SecretsEngine engine = engines.defaultEngine();
    private final CountDownLatch setSecretCalled = new CountDownLatch(1);

    private String arn;

    @BeforeEach
    void createSecret() {
        runner.bind(engines);
        arn = engine.createSecret(NewSecret.of("db", SecretValue.ofString("v1")))
                .secret()
                .arn();
    }

    @AfterEach
    void stopRunner() {
        runner.stop();
    }

    /** A rotation with a function that does nothing, settled (failed: AWSCURRENT never moves). */
    private void rotateAndSettle() {
        runner.register(LAMBDA, event -> {});
        engine.rotateSecret("db", token(), LAMBDA, null, true);
        assertThat(runner.await(arn, TIMEOUT).state()).isEqualTo(RotationState.FAILED);
    }

    @Test
    void aSecretDeletedForGoodTakesItsRotationAndPauseWithIt() {
        rotateAndSettle();
        runner.pause(arn, RotationStep.SET_SECRET);
        assertThat(runner.remembers(arn)).isTrue();

        engine.deleteSecret("db", null, true);

        assertThat(runner.remembers(arn)).isFalse();
        assertThat(runner.rotation(arn)).isEmpty();
        assertThat(runner.rotation("db")).isEmpty();
        assertThat(runner.rotations()).isEmpty();
    }

    @Test
    void aSecretInItsRecoveryWindowKeepsItsRotationAndPause() {
        rotateAndSettle();
        runner.pause(arn, RotationStep.SET_SECRET);

        engine.deleteSecret("db", 7L, false);

        assertThat(runner.remembers(arn)).isTrue();
        assertThat(runner.rotation("db"))
                .hasValueSatisfying(rotation -> assertThat(rotation.secretArn()).isEqualTo(arn));
        engine.restoreSecret("db");
        assertThat(runner.rotation("db")).isPresent();
    }

    @Test
    void aSecretPastItsRecoveryWindowThatNothingLookedUpIsNotListed() {
        rotateAndSettle();
        engine.deleteSecret("db", 7L, false);

        clock.advance(Duration.ofDays(7)); // the server's clock would purge it now; this one moves alone

        assertThat(runner.rotations()).isEmpty();
        assertThat(runner.remembers(arn)).isFalse();
    }

    @Test
    void aRotationUnderWayStopsBeforeItsNextStepWhenItsSecretIsPurged() throws InterruptedException {
        CountDownLatch inCreateSecret = new CountDownLatch(1);
        CountDownLatch purged = new CountDownLatch(1);
        runner.register(LAMBDA, event -> {
            if (event.step() == RotationStep.CREATE_SECRET) {
                inCreateSecret.countDown();
                purged.await();
            } else {
                setSecretCalled.countDown();
            }
        });
        engine.rotateSecret("db", token(), LAMBDA, null, true);
        assertThat(inCreateSecret.await(10, TimeUnit.SECONDS)).isTrue();

        engine.deleteSecret("db", null, true);
        purged.countDown();

        assertThat(setSecretCalled.await(500, TimeUnit.MILLISECONDS)).isFalse();
        assertThat(runner.remembers(arn)).isFalse();
    }

    @Test
    void aRotationLaunchedJustAfterItsSecretWasPurgedIsForgotten() throws InterruptedException {
        runner.register(LAMBDA, event -> setSecretCalled.countDown());
        engine.deleteSecret("db", null, true);

        runner.launch(new RotationStart(arn, "db", token(), LAMBDA, false));

        assertThat(runner.remembers(arn)).isFalse();
        assertThat(setSecretCalled.await(500, TimeUnit.MILLISECONDS)).isFalse();
    }

    @Test
    void aScheduledRotationThatFailedBecauseItsSecretWasPurgedIsForgotten() {
        engine.deleteSecret("db", null, true);

        runner.launchFailed(
                new RotationStart(arn, "db", token(), LAMBDA, false),
                new AwsException(
                        ErrorCode.ResourceNotFoundException, "Secrets Manager can't find the specified secret."));

        assertThat(runner.remembers(arn)).isFalse();
    }

    @Test
    void aFunctionThatCannotBeInvokedIsLoggedAsBefore() throws IOException {
        String unknown = "arn:aws:lambda:us-east-1:123456789012:function:unknown-" + UUID.randomUUID();
        runner.register(LAMBDA, event -> {});

        assertThatThrownBy(() -> engine.rotateSecret("db", token(), unknown, null, true))
                .isInstanceOfSatisfying(
                        AwsException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.AccessDeniedException));

        assertThat(Files.readAllLines(SERVER_LOG)).anySatisfy(line -> assertThat(line)
                .contains("WARN")
                .endsWith("RotateSecret: no rotation function is registered for " + unknown + " (registered: ["
                        + LAMBDA + "]); answering AccessDeniedException, as AWS does for a function it"
                        + " cannot invoke"));
    }

    private static String token() {
        return UUID.randomUUID().toString();
    }
}
