package io.github.mocksecretsmanager.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import io.github.mocksecretsmanager.testsupport.SdkClients;
import io.github.mocksecretsmanager.testsupport.ServerTest;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.secretsmanager.model.CreateSecretResponse;
import software.amazon.awssdk.services.secretsmanager.model.DescribeSecretResponse;
import software.amazon.awssdk.services.secretsmanager.model.InvalidParameterException;
import software.amazon.awssdk.services.secretsmanager.model.InvalidRequestException;
import software.amazon.awssdk.services.secretsmanager.model.ReplicaRegionType;
import software.amazon.awssdk.services.secretsmanager.model.ReplicateSecretToRegionsResponse;
import software.amazon.awssdk.services.secretsmanager.model.ReplicationStatusType;
import software.amazon.awssdk.services.secretsmanager.model.ResourceNotFoundException;
import software.amazon.awssdk.services.secretsmanager.model.SecretListEntry;
import software.amazon.awssdk.services.secretsmanager.model.StatusType;

/**
 * Replicas through the real SDK: a client of us-east-1 (the primary's region) and one of eu-west-1
 * and eu-west-2 (the replicas' regions) talk to the same server.
 *
 * <p>Sources: moto's tests/test_secretsmanager/test_secrets_duplication.py (named per test), the AWS
 * user guide "Replicate AWS Secrets Manager secrets across Regions"
 * (https://docs.aws.amazon.com/secretsmanager/latest/userguide/add-regions.html: the replica's ARN is the
 * primary's with the other region; data and metadata such as tags and resource policies are replicated)
 * and the StopReplicationToReplica API reference (called in the replica's Region, it promotes the replica
 * to a standalone secret).
 */
class ReplicationTest extends ServerTest {

    private static final String VALID_POLICY = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
            + "\"Principal\":{\"AWS\":\"arn:aws:iam::123456789012:root\"},"
            + "\"Action\":\"secretsmanager:GetSecretValue\",\"Resource\":\"*\"}]}";

    private static final String NOT_PERMITTED =
            "Operation not permitted on a replica secret. Call must be made in primary secret's region.";

    private static SecretsManagerClient ireland;
    private static SecretsManagerClient london;

    @BeforeAll
    static void replicaClients() {
        ireland = SdkClients.syncClient(server, Region.EU_WEST_1);
        london = SdkClients.syncClient(server, Region.EU_WEST_2);
    }

    @AfterAll
    static void closeReplicaClients() {
        ireland.close();
        london.close();
    }

    private static ReplicaRegionType region(String region) {
        return ReplicaRegionType.builder().region(region).build();
    }

    private static String inRegion(String arn, String region) {
        return arn.replace(":us-east-1:", ":" + region + ":");
    }

    @Test
    void createSecretWithReplicasAnswersTheirStatusAndTheReplicaIsReadableInItsRegion() {
        // moto test_create_secret_that_duplicates
        CreateSecretResponse created =
                client.createSecret(r -> r.name(name).secretString("s").addReplicaRegions(region("eu-west-1")));

        assertThat(created.replicationStatus())
                .extracting(
                        ReplicationStatusType::region,
                        ReplicationStatusType::status,
                        ReplicationStatusType::kmsKeyId,
                        ReplicationStatusType::statusMessage)
                .containsExactly(
                        tuple("eu-west-1", StatusType.IN_SYNC, "alias/aws/secretsmanager", "Replication succeeded"));
        String replicaArn = inRegion(created.arn(), "eu-west-1");
        DescribeSecretResponse replica = ireland.describeSecret(r -> r.secretId(replicaArn));
        assertThat(replica.arn()).isEqualTo(replicaArn);
        assertThat(replica.name()).isEqualTo(name);
        assertThat(replica.primaryRegion()).isEqualTo("us-east-1");
        assertThat(replica.hasReplicationStatus()).isFalse();
        assertThat(replica.versionIdsToStages())
                .isEqualTo(client.describeSecret(r -> r.secretId(created.arn())).versionIdsToStages());
        assertThat(ireland.getSecretValue(r -> r.secretId(replicaArn)).secretString())
                .isEqualTo("s");
        assertThat(ireland.getSecretValue(r -> r.secretId(name)).arn()).isEqualTo(replicaArn);
        DescribeSecretResponse primary = client.describeSecret(r -> r.secretId(name));
        assertThat(primary.primaryRegion()).isEqualTo("us-east-1");
        assertThat(primary.replicationStatus())
                .extracting(ReplicationStatusType::region)
                .containsExactly("eu-west-1");
    }

    @Test
    void replicateSecretToRegionsCreatesReplicasWithTheirOwnKey() {
        // moto test_replicate_secret; the KMS key of a replica is its own (ReplicaRegionType.KmsKeyId)
        String arn = client.createSecret(r -> r.name(name).secretString("v1")).arn();

        ReplicateSecretToRegionsResponse response = client.replicateSecretToRegions(r -> r.secretId(name)
                .addReplicaRegions(
                        region("eu-west-1"),
                        ReplicaRegionType.builder()
                                .region("eu-west-2")
                                .kmsKeyId("alias/replica")
                                .build()));

        assertThat(response.arn()).isEqualTo(arn);
        assertThat(response.replicationStatus())
                .extracting(ReplicationStatusType::region, ReplicationStatusType::status)
                .containsExactly(tuple("eu-west-1", StatusType.IN_SYNC), tuple("eu-west-2", StatusType.IN_SYNC));
        assertThat(london.describeSecret(r -> r.secretId(name)).kmsKeyId()).isEqualTo("alias/replica");
        assertThat(ireland.getSecretValue(r -> r.secretId(inRegion(arn, "eu-west-1")))
                        .secretString())
                .isEqualTo("v1");
    }

    @Test
    void valueLabelAndTagChangesOfThePrimaryReachTheReplicas() {
        // AWS user guide add-regions.html: secret data and metadata such as tags are replicated
        client.createSecret(r -> r.name(name).secretString("v1").addReplicaRegions(region("eu-west-1")));

        String v2 =
                client.putSecretValue(r -> r.secretId(name).secretString("v2")).versionId();
        client.tagResource(r -> r.secretId(name).tags(t -> t.key("team").value("payments")));

        assertThat(ireland.getSecretValue(r -> r.secretId(name)).secretString()).isEqualTo("v2");
        assertThat(ireland.getSecretValue(r -> r.secretId(name).versionStage("AWSPREVIOUS"))
                        .secretString())
                .isEqualTo("v1");
        assertThat(ireland.describeSecret(r -> r.secretId(name)).tags())
                .extracting(t -> t.key() + "=" + t.value())
                .containsExactly("team=payments");

        String v1 = ireland.getSecretValue(r -> r.secretId(name).versionStage("AWSPREVIOUS"))
                .versionId();
        client.updateSecretVersionStage(r ->
                r.secretId(name).versionStage("AWSCURRENT").moveToVersionId(v1).removeFromVersionId(v2));
        assertThat(ireland.getSecretValue(r -> r.secretId(name)).secretString()).isEqualTo("v1");
    }

    @Test
    void aReplicaRefusesEveryWrite() {
        // moto test_update_replica: InvalidParameterException with this message for each write
        String arn = client.createSecret(r -> r.name(name).secretString("s1").addReplicaRegions(region("eu-west-1")))
                .arn();
        String replicaArn = inRegion(arn, "eu-west-1");

        List<Executable> writes = List.of(
                () -> ireland.updateSecret(r -> r.secretId(replicaArn).secretString("asdf")),
                () -> ireland.putSecretValue(r -> r.secretId(replicaArn).secretString("asdf")),
                () -> ireland.tagResource(
                        r -> r.secretId(replicaArn).tags(t -> t.key("k").value("v"))),
                () -> ireland.untagResource(r -> r.secretId(replicaArn).tagKeys("k1")),
                () -> ireland.putResourcePolicy(r -> r.secretId(replicaArn).resourcePolicy(VALID_POLICY)),
                () -> ireland.deleteResourcePolicy(r -> r.secretId(replicaArn)),
                () -> ireland.deleteSecret(r -> r.secretId(replicaArn)),
                () -> ireland.deleteSecret(r -> r.secretId(replicaArn).forceDeleteWithoutRecovery(true)),
                () -> ireland.cancelRotateSecret(r -> r.secretId(replicaArn)),
                () -> ireland.restoreSecret(r -> r.secretId(replicaArn)),
                () -> ireland.replicateSecretToRegions(
                        r -> r.secretId(replicaArn).addReplicaRegions(region("eu-west-2"))),
                () -> ireland.removeRegionsFromReplication(
                        r -> r.secretId(replicaArn).removeReplicaRegions("eu-west-2")));
        for (Executable write : writes) {
            assertThatThrownBy(write::execute)
                    .isInstanceOf(InvalidParameterException.class)
                    .hasMessageContaining(NOT_PERMITTED);
        }
        assertThat(ireland.getSecretValue(r -> r.secretId(replicaArn)).secretString())
                .isEqualTo("s1");
    }

    @Test
    void listSecretsInTheReplicaRegionListsTheReplicaWithItsPrimaryRegion() {
        // moto test_filter_with_primary_region
        client.createSecret(r -> r.name(name).secretString("s").addReplicaRegions(region("eu-west-1")));

        List<SecretListEntry> listed = ireland.listSecrets(
                        r -> r.filters(f -> f.key("primary-region").values("us-east-1"), f -> f.key("name")
                                .values(name)))
                .secretList();

        assertThat(listed)
                .extracting(SecretListEntry::name, SecretListEntry::primaryRegion)
                .containsExactly(tuple(name, "us-east-1"));
        assertThat(listed.get(0).arn()).contains(":eu-west-1:");
    }

    @Test
    void removeRegionsFromReplicationDeletesTheReplicas() {
        // moto test_remove_regions_from_replication
        String arn = client.createSecret(r ->
                        r.name(name).secretString("s1").addReplicaRegions(region("eu-west-1"), region("eu-west-2")))
                .arn();

        assertThat(client.removeRegionsFromReplication(r -> r.secretId(arn).removeReplicaRegions("eu-west-1"))
                        .replicationStatus())
                .extracting(ReplicationStatusType::region)
                .containsExactly("eu-west-2");

        assertThatThrownBy(() -> ireland.describeSecret(r -> r.secretId(inRegion(arn, "eu-west-1"))))
                .isInstanceOf(ResourceNotFoundException.class);
        assertThat(london.describeSecret(r -> r.secretId(inRegion(arn, "eu-west-2")))
                        .primaryRegion())
                .isEqualTo("us-east-1");
        // idempotent: removing it again is no error
        client.removeRegionsFromReplication(r -> r.secretId(arn).removeReplicaRegions("eu-west-1"));
    }

    @Test
    void stopReplicationToReplicaInTheReplicaRegionPromotesIt() {
        // StopReplicationToReplica API reference: "call this operation from the Region in which you want to
        // promote the replica to a primary secret"; the answer's ARN is the replica's
        String arn = client.createSecret(r -> r.name(name).secretString("v1").addReplicaRegions(region("eu-west-1")))
                .arn();
        String replicaArn = inRegion(arn, "eu-west-1");

        assertThat(ireland.stopReplicationToReplica(r -> r.secretId(replicaArn)).arn())
                .isEqualTo(replicaArn);

        DescribeSecretResponse promoted = ireland.describeSecret(r -> r.secretId(name));
        assertThat(promoted.primaryRegion()).isNull();
        assertThat(promoted.arn()).isEqualTo(replicaArn);
        ireland.putSecretValue(r -> r.secretId(name).secretString("only-in-ireland"));
        client.putSecretValue(r -> r.secretId(name).secretString("only-in-virginia"));
        assertThat(ireland.getSecretValue(r -> r.secretId(name)).secretString()).isEqualTo("only-in-ireland");
        DescribeSecretResponse primary = client.describeSecret(r -> r.secretId(name));
        assertThat(primary.hasReplicationStatus()).isFalse();
        assertThat(primary.primaryRegion()).isNull();
    }

    @Test
    void aPrimaryWithReplicasCannotBeDeletedUntilTheyAreRemoved() {
        // moto test_delete_while_duplication_exist
        String arn = client.createSecret(r -> r.name(name).secretString("s1").addReplicaRegions(region("eu-west-1")))
                .arn();

        assertThatThrownBy(() -> client.deleteSecret(r -> r.secretId(arn)))
                .isInstanceOf(InvalidParameterException.class)
                .hasMessageContaining("You can't delete secret " + arn + " that still has replica regions [eu-west-1]");

        client.removeRegionsFromReplication(r -> r.secretId(arn).removeReplicaRegions("eu-west-1"));
        assertThat(client.deleteSecret(r -> r.secretId(arn)).arn()).isEqualTo(arn);
    }

    @Test
    void aSecretOfTheSameNameInTheReplicaRegionFailsTheReplicaUnlessOverwritten() {
        // moto test_replicate_secret__existing_secret and test_replicate_secret__overwrite_existing_secret
        String primaryArn =
                client.createSecret(r -> r.name(name).secretString("s1")).arn();
        String irishArn =
                ireland.createSecret(r -> r.name(name).secretString("s2")).arn();

        ReplicationStatusType failed = client.replicateSecretToRegions(
                        r -> r.secretId(primaryArn).addReplicaRegions(region("eu-west-1")))
                .replicationStatus()
                .get(0);
        assertThat(failed.status()).isEqualTo(StatusType.FAILED);
        assertThat(failed.statusMessage()).contains("already exists in region eu-west-1");
        assertThat(ireland.getSecretValue(r -> r.secretId(irishArn)).secretString())
                .isEqualTo("s2");

        client.removeRegionsFromReplication(r -> r.secretId(primaryArn).removeReplicaRegions("eu-west-1"));
        assertThat(ireland.getSecretValue(r -> r.secretId(irishArn)).secretString())
                .isEqualTo("s2");

        ReplicationStatusType overwritten = client.replicateSecretToRegions(r -> r.secretId(primaryArn)
                        .addReplicaRegions(region("eu-west-1"))
                        .forceOverwriteReplicaSecret(true))
                .replicationStatus()
                .get(0);
        assertThat(overwritten.status()).isEqualTo(StatusType.IN_SYNC);
        assertThatThrownBy(() -> ireland.getSecretValue(r -> r.secretId(irishArn)))
                .isInstanceOf(ResourceNotFoundException.class);
        assertThat(ireland.getSecretValue(r -> r.secretId(name)).secretString()).isEqualTo("s1");
    }

    @Test
    void invalidRegionsAndPrimarySecretsAreRejected() {
        client.createSecret(r -> r.name(name).secretString("v1"));

        // moto test_replicate_secret__in_same_region: InvalidParameterException
        assertThatThrownBy(() ->
                        client.replicateSecretToRegions(r -> r.secretId(name).addReplicaRegions(region("us-east-1"))))
                .isInstanceOf(InvalidParameterException.class);
        assertThatThrownBy(() -> client.replicateSecretToRegions(
                        r -> r.secretId(name).addReplicaRegions(region("Not A Region"))))
                .hasMessageContaining("regular expression");
        assertThatThrownBy(() -> client.stopReplicationToReplica(r -> r.secretId(name)))
                .isInstanceOf(InvalidRequestException.class);
    }
}
