package io.github.mocksecretsmanager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mocksecretsmanager.internal.engine.AwsException;
import io.github.mocksecretsmanager.internal.engine.Engines;
import io.github.mocksecretsmanager.internal.engine.ErrorCode;
import io.github.mocksecretsmanager.internal.engine.NewSecret;
import io.github.mocksecretsmanager.internal.engine.Scope;
import io.github.mocksecretsmanager.internal.engine.SecretsEngine;
import io.github.mocksecretsmanager.model.SecretValue;
import io.github.mocksecretsmanager.testsupport.MutableClock;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The rotation runner through the engine, without HTTP. */
class RotationRunnerTest {

    private static final String LAMBDA = "arn:aws:lambda:us-east-1:123456789012:function:rotate";
    private static final Path SERVER_LOG = Path.of("target", "test-server.log");

    private final ServerConfig config = ServerConfig.defaults();
    private final RotationRunner runner = new RotationRunner(config);
    private final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
    private final Engines engines = new Engines(new Scope(config.accountId(), config.region()), clock, 0, runner);
    private final SecretsEngine engine = engines.defaultEngine();

    @BeforeEach
    void createSecret() {
        runner.bind(engines);
        engine.createSecret(NewSecret.of("db", SecretValue.ofString("v1")));
    }

    @AfterEach
    void stopRunner() {
        runner.stop();
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
