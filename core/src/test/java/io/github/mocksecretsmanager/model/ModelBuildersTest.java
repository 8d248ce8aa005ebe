package io.github.mocksecretsmanager.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The snapshot types' builders: required attributes, defaults, copies, equality and redaction. */
class ModelBuildersTest {

    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
    private static final Instant T1 = Instant.parse("2026-01-02T00:00:00Z");
    private static final String ARN = "arn:aws:secretsmanager:us-east-1:123456789012:secret:db-abcdef";

    private static SecretMetadata metadata() {
        return SecretMetadata.builder().name("db").arn(ARN).createdDate(T0).build();
    }

    private static SecretVersion version(String value) {
        return SecretVersion.builder()
                .versionId("v1")
                .value(SecretValue.ofString(value))
                .stages(List.of(StagingLabels.CURRENT))
                .createdDate(T0)
                .build();
    }

    @Test
    void metadataDefaults() {
        SecretMetadata metadata = metadata();

        assertThat(metadata.lastChangedDate()).isEqualTo(T0);
        assertThat(metadata.description()).isNull();
        assertThat(metadata.tags()).isEmpty();
        assertThat(metadata.everTagged()).isFalse();
        assertThat(metadata.rotation()).isNull();
        assertThat(metadata.replicas()).isEmpty();
        assertThat(metadata.isScheduledForDeletion()).isFalse();
    }

    @Test
    void metadataRequiresNameArnAndCreationDate() {
        assertThatThrownBy(
                        () -> SecretMetadata.builder().arn(ARN).createdDate(T0).build())
                .isInstanceOf(NullPointerException.class)
                .hasMessage("name");
        assertThatThrownBy(() ->
                        SecretMetadata.builder().name("db").createdDate(T0).build())
                .hasMessage("arn");
        assertThatThrownBy(() -> SecretMetadata.builder().name("db").arn(ARN).build())
                .hasMessage("createdDate");
    }

    @Test
    void tagsMarkTheSecretAsTagged() {
        SecretMetadata tagged =
                metadata().toBuilder().tags(List.of(new Tag("team", "db"))).build();

        assertThat(tagged.everTagged()).isTrue();
        assertThat(tagged.toBuilder().tags(List.of()).build().everTagged()).isTrue();
    }

    @Test
    void toBuilderCopiesEveryAttribute() {
        SecretMetadata full = metadata().toBuilder()
                .description("the database")
                .kmsKeyId("alias/db")
                .tags(List.of(new Tag("team", "db")))
                .lastChangedDate(T1)
                .lastAccessedDate(T1)
                .deletedDate(T1)
                .deletionDate(T1.plusSeconds(86_400))
                .rotation(RotationSettings.builder()
                        .enabled(true)
                        .lambdaArn("arn:aws:lambda:us-east-1:123456789012:function:rotate")
                        .automaticallyAfterDays(30L)
                        .build())
                .resourcePolicy("{}")
                .replicas(List.of(ReplicaRegion.inSync("eu-west-1", null)))
                .type("SalesforceClientSecret")
                .build();

        assertThat(full.toBuilder().build()).isEqualTo(full).hasSameHashCodeAs(full);
        assertThat(full.toBuilder().description("other").build()).isNotEqualTo(full);
        assertThat(full.toBuilder().build().type()).isEqualTo("SalesforceClientSecret");
        assertThat(full.toBuilder().type(null).build()).isNotEqualTo(full);
        assertThat(full.toString()).contains("type=SalesforceClientSecret");
        assertThat(full.isScheduledForDeletion()).isTrue();
    }

    @Test
    void buildersCopyTheListsTheyAreGiven() {
        List<String> stages = new ArrayList<>(List.of(StagingLabels.CURRENT));
        SecretVersion version = version("x").toBuilder().stages(stages).build();
        stages.add(StagingLabels.PREVIOUS);

        assertThat(version.stages()).containsExactly(StagingLabels.CURRENT);
    }

    @Test
    void rotationSettings() {
        RotationSettings on = RotationSettings.builder()
                .enabled(true)
                .scheduleExpression("rate(4 hours)")
                .build();

        assertThat(on.hasRules()).isTrue();
        assertThat(RotationSettings.builder().build().hasRules()).isFalse();
        assertThat(on.toBuilder().enabled(false).build().enabled()).isFalse();
        assertThat(on.toBuilder().build()).isEqualTo(on).hasSameHashCodeAs(on);
        assertThat(on.externalSecretRotationMetadata()).isEmpty();
        assertThat(on.externalSecretRotationRoleArn()).isNull();
    }

    @Test
    void managedExternalRotationSettings() {
        java.util.Map<String, String> metadata = new java.util.LinkedHashMap<>();
        metadata.put("apiVersion", "v65.0");
        metadata.put("adminSecretArn", "arn:aws:secretsmanager:us-east-1:123456789012:secret:admin-AbCdEf");
        RotationSettings managed = RotationSettings.builder()
                .enabled(true)
                .externalSecretRotationMetadata(metadata)
                .externalSecretRotationRoleArn("arn:aws:iam::123456789012:role/partner")
                .build();
        metadata.put("later", "ignored");

        assertThat(managed.externalSecretRotationMetadata().keySet()).containsExactly("apiVersion", "adminSecretArn");
        assertThat(managed.externalSecretRotationRoleArn()).isEqualTo("arn:aws:iam::123456789012:role/partner");
        assertThat(managed.toBuilder().build()).isEqualTo(managed).hasSameHashCodeAs(managed);
        assertThat(managed.toBuilder().externalSecretRotationRoleArn(null).build())
                .isNotEqualTo(managed);
        assertThat(managed.toBuilder()
                        .externalSecretRotationMetadata(java.util.Map.of())
                        .build())
                .isNotEqualTo(managed);
        assertThat(managed.toString()).contains("externalSecretRotationRoleArn=arn:aws:iam::123456789012:role/partner");
    }

    @Test
    void replicaRegion() {
        ReplicaRegion replica = ReplicaRegion.inSync("eu-west-1", "alias/replica");

        assertThat(replica.status()).isEqualTo(ReplicaRegion.IN_SYNC);
        assertThat(replica.statusMessage()).isEqualTo("Replication succeeded");
        assertThat(ReplicaRegion.builder().region("eu-west-1").build().status()).isEqualTo(ReplicaRegion.IN_SYNC);
        assertThat(replica.toBuilder().build()).isEqualTo(replica).hasSameHashCodeAs(replica);
        assertThatThrownBy(() -> ReplicaRegion.builder().build()).hasMessage("region");
    }

    @Test
    void snapshotFindsVersions() {
        SecretSnapshot snapshot = SecretSnapshot.builder()
                .metadata(metadata())
                .versions(List.of(version("x")))
                .build();

        assertThat(snapshot.name()).isEqualTo("db");
        assertThat(snapshot.current()).contains(version("x"));
        assertThat(snapshot.version("v1")).contains(version("x"));
        assertThat(snapshot.versionWithStage(StagingLabels.PENDING)).isEmpty();
        assertThat(snapshot.toBuilder().build()).isEqualTo(snapshot).hasSameHashCodeAs(snapshot);
        assertThatThrownBy(() -> SecretSnapshot.builder().build()).hasMessage("metadata");
    }

    @Test
    void versionsDifferingOnlyInValueAreNotEqual() {
        assertThat(version("a")).isNotEqualTo(version("b"));
        SecretVersion withoutValue =
                SecretVersion.builder().versionId("v1").createdDate(T0).build();
        assertThat(withoutValue).isNotEqualTo(version("a"));
        assertThat(withoutValue.hasValue()).isFalse();
        assertThatThrownBy(withoutValue::value).hasMessageContaining("has no value yet");
    }

    @Test
    void toStringNeverShowsAValue() {
        String value = "hunter2-very-secret";
        SecretSnapshot snapshot = SecretSnapshot.builder()
                .metadata(metadata())
                .versions(List.of(version(value)))
                .build();

        assertThat(snapshot.toString()).contains("db", "v1", "redacted").doesNotContain(value);
        assertThat(version(value).toString()).doesNotContain(value);
    }
}
