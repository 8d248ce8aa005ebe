package io.github.mocksecretsmanager.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mocksecretsmanager.model.RotationSettings;
import io.github.mocksecretsmanager.model.SecretSnapshot;
import io.github.mocksecretsmanager.model.SecretValue;
import io.github.mocksecretsmanager.testsupport.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/** RotateSecret's rules around the launcher: what it is told, and when; the rotation rules it stores. */
class SecretRotationTest {

    private static final Scope HOME = new Scope("123456789012", "us-east-1");
    private static final String LAMBDA = "arn:aws:lambda:us-east-1:123456789012:function:rotate";

    private final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
    private final LockProbe probe = new LockProbe();

    private SecretsEngine engineWith(RotationLauncher launcher) {
        SecretsEngine engine = new Engines(HOME, clock, 0, launcher).defaultEngine();
        engine.createSecret(NewSecret.of("db", SecretValue.ofString("v1")));
        probe.readFrom(engine);
        return engine;
    }

    private static AwsException refusal(Runnable request) {
        try {
            request.run();
        } catch (AwsException e) {
            return e;
        }
        throw new AssertionError("the request was not refused");
    }

    @Test
    void aDeniedFunctionIsReportedOnceTheSecretIsUnlockedAndNothingIsStored() {
        RecordingLauncher launcher =
                new RecordingLauncher(RotationLauncher.Invocation.DENIED, lambda -> probe.tryToRead("db"));
        SecretsEngine engine = engineWith(launcher);

        AwsException refused = refusal(() -> engine.rotateSecret("db", token(), LAMBDA, null, true));

        assertThat(refused.code()).isEqualTo(ErrorCode.AccessDeniedException);
        assertThat(launcher.denied).containsExactly(LAMBDA);
        assertThat(probe.readsDuringReports()).containsExactly(LockProbe.Read.DONE);
        SecretSnapshot secret = engine.describeSecret("db");
        assertThat(secret.metadata().rotation()).isNull();
        assertThat(secret.versions()).hasSize(1);
    }

    @Test
    void aFunctionIsNotReportedDeniedWhenTheSecretIsMissing() {
        RecordingLauncher launcher = new RecordingLauncher(RotationLauncher.Invocation.DENIED, lambda -> {});
        SecretsEngine engine = engineWith(launcher);

        AwsException refused = refusal(() -> engine.rotateSecret("missing", token(), LAMBDA, null, true));

        assertThat(refused.code()).isEqualTo(ErrorCode.ResourceNotFoundException);
        assertThat(launcher.denied).isEmpty();
    }

    @Test
    void rulesGivenAreCheckedBeforeAnythingIsStored() {
        SecretsEngine engine = engineWith(RotationLauncher.RECORD_ONLY);

        AwsException windowOnly =
                refusal(() -> engine.rotateSecret("db", token(), LAMBDA, new RotationRules(null, "2h", null), true));
        AwsException tooOften = refusal(
                () -> engine.rotateSecret("db", token(), LAMBDA, new RotationRules(null, null, "rate(2 hours)"), true));

        assertThat(windowOnly.code()).isEqualTo(ErrorCode.InvalidParameterException);
        assertThat(windowOnly.getMessage())
                .isEqualTo("RotationRules must have AutomaticallyAfterDays or ScheduleExpression.");
        assertThat(tooOften.code()).isEqualTo(ErrorCode.InvalidParameterException);
        SecretSnapshot secret = engine.describeSecret("db");
        assertThat(secret.metadata().rotation()).isNull();
        assertThat(secret.versions()).hasSize(1);
    }

    @Test
    void rotatingWithoutRulesKeepsTheRulesOnRecordAndTheirSchedule() {
        SecretsEngine engine = engineWith(RotationLauncher.RECORD_ONLY);
        engine.rotateSecret("db", token(), LAMBDA, new RotationRules(10L, null, null), false);
        clock.advance(Duration.ofDays(1));

        engine.rotateSecret("db", token(), null, null, false);

        RotationSettings rotation =
                Objects.requireNonNull(engine.describeSecret("db").metadata().rotation());
        assertThat(rotation.automaticallyAfterDays()).isEqualTo(10L);
        // Ten days after the day rotation was last turned on, to the last second of that day.
        assertThat(rotation.nextRotationDate()).isEqualTo(Instant.parse("2026-01-12T23:59:59Z"));
    }

    @Test
    void rotatingWithoutAnyRulesSchedulesNothing() {
        SecretsEngine engine = engineWith(RotationLauncher.RECORD_ONLY);

        engine.rotateSecret("db", token(), LAMBDA, null, false);

        RotationSettings rotation =
                Objects.requireNonNull(engine.describeSecret("db").metadata().rotation());
        assertThat(rotation.enabled()).isTrue();
        assertThat(rotation.nextRotationDate()).isNull();
    }

    private static String token() {
        return SecretsEngine.newVersionId();
    }
}
