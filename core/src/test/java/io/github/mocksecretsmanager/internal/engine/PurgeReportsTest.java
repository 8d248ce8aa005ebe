package io.github.mocksecretsmanager.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mocksecretsmanager.model.ReplicaRegion;
import io.github.mocksecretsmanager.model.SecretValue;
import io.github.mocksecretsmanager.testsupport.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The engine tells its {@link RotationLauncher} of every secret gone for good, once the operation that
 * removed it holds no lock, and of none that is only scheduled for deletion.
 */
class PurgeReportsTest {

    private static final Scope HOME = new Scope("123456789012", "us-east-1");
    private static final String REPLICA_REGION = "eu-west-1";

    private final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
    private final LockProbe probe = new LockProbe();
    private final RecordingLauncher launcher =
            new RecordingLauncher(RotationLauncher.Invocation.RUN, reported -> probe.tryToRead("db"));
    private final Engines engines = new Engines(HOME, clock, 0, launcher);
    private final SecretsEngine engine = engines.defaultEngine();
    private final SecretsEngine replicaEngine = engines.engine(new Scope(HOME.accountId(), REPLICA_REGION));

    @BeforeEach
    void probeThePrimary() {
        probe.readFrom(engine);
    }

    private static String create(SecretsEngine in, String name, ReplicaRegion... replicas) {
        NewSecret request = new NewSecret(
                name,
                SecretsEngine.newVersionId(),
                null,
                null,
                SecretValue.ofString("v1"),
                List.of(),
                List.of(replicas));
        return in.createSecret(request).secret().arn();
    }

    @Test
    void aForcedDeletionIsReportedOnce() {
        String arn = create(engine, "db");

        engine.deleteSecret("db", null, true);
        engine.deleteSecret(arn, null, true); // AWS answers for a secret it does not know

        assertThat(launcher.purged).containsExactly(arn);
    }

    @Test
    void aSecretInItsRecoveryWindowIsNotReported() {
        create(engine, "db");
        engine.deleteSecret("db", 7L, false);
        clock.advance(Duration.ofDays(6));
        engines.runDueWork();

        engine.restoreSecret("db");

        assertThat(launcher.purged).isEmpty();
    }

    @Test
    void theEndOfTheRecoveryWindowIsReportedByTheFirstRequestThatFindsIt() {
        String arn = create(engine, "db");
        engine.deleteSecret("db", 7L, false);
        clock.advance(Duration.ofDays(7));

        assertThatThrownBy(() -> engine.describeSecret("db"))
                .isInstanceOfSatisfying(
                        AwsException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.ResourceNotFoundException));
        assertThat(launcher.purged).containsExactly(arn);
    }

    @Test
    void theEndOfTheRecoveryWindowIsReportedWhenDueWorkRuns() {
        String arn = create(engine, "db");
        engine.deleteSecret("db", 7L, false);
        clock.advance(Duration.ofDays(7));

        engines.runDueWork();

        assertThat(launcher.purged).containsExactly(arn);
    }

    @Test
    void aNameTakenAgainAfterItsRecoveryWindowReportsTheSecretThatHeldIt() {
        String first = create(engine, "db");
        engine.deleteSecret("db", 7L, false);
        clock.advance(Duration.ofDays(7));

        String second = create(engine, "db");

        assertThat(second).isNotEqualTo(first);
        assertThat(launcher.purged).containsExactly(first);
    }

    @Test
    void aRemovedReplicaIsReportedOnceItsPrimaryIsUnlocked() {
        create(engine, "db", ReplicaRegion.inSync(REPLICA_REGION, null));
        String replica = replicaEngine.describeSecret("db").arn();

        engine.removeRegionsFromReplication("db", List.of(REPLICA_REGION));

        assertThat(launcher.purged).containsExactly(replica);
        assertThat(probe.readsDuringReports()).containsExactly(LockProbe.Read.DONE);
    }

    @Test
    void aSecretAReplicaOverwritesIsReportedOnceThePrimaryIsUnlocked() {
        String standalone = create(replicaEngine, "db");
        create(engine, "db");

        engine.replicateSecretToRegions("db", List.of(ReplicaRegion.inSync(REPLICA_REGION, null)), true);

        assertThat(replicaEngine.describeSecret("db").metadata().isReplica()).isTrue();
        assertThat(launcher.purged).containsExactly(standalone);
        assertThat(probe.readsDuringReports()).containsExactly(LockProbe.Read.DONE);
    }
}
