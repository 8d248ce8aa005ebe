package io.github.mocksecretsmanager.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mocksecretsmanager.testsupport.ServerTest;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.secretsmanager.model.DescribeSecretResponse;
import software.amazon.awssdk.services.secretsmanager.model.InvalidParameterException;
import software.amazon.awssdk.services.secretsmanager.model.InvalidRequestException;
import software.amazon.awssdk.services.secretsmanager.model.ReplicaRegionType;
import software.amazon.awssdk.services.secretsmanager.model.ReplicateSecretToRegionsResponse;
import software.amazon.awssdk.services.secretsmanager.model.ReplicationStatusType;
import software.amazon.awssdk.services.secretsmanager.model.StatusType;

/** Replication operations through the real SDK: the status is recorded, nothing is copied. */
class ReplicationTest extends ServerTest {

    private static ReplicaRegionType region(String region) {
        return ReplicaRegionType.builder().region(region).build();
    }

    @Test
    void replicasAreRecordedInSyncAndShownByDescribeSecret() {
        String arn = client.createSecret(r -> r.name(name).secretString("v1")).arn();

        ReplicateSecretToRegionsResponse response = client.replicateSecretToRegions(r -> r.secretId(name)
                .addReplicaRegions(
                        region("eu-west-1"),
                        ReplicaRegionType.builder()
                                .region("ap-south-1")
                                .kmsKeyId("alias/replica")
                                .build()));

        assertThat(response.arn()).isEqualTo(arn);
        assertThat(response.replicationStatus())
                .extracting(ReplicationStatusType::region, ReplicationStatusType::status)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("eu-west-1", StatusType.IN_SYNC),
                        org.assertj.core.groups.Tuple.tuple("ap-south-1", StatusType.IN_SYNC));
        DescribeSecretResponse described = client.describeSecret(r -> r.secretId(name));
        assertThat(described.primaryRegion()).isEqualTo("us-east-1");
        assertThat(described.replicationStatus()).hasSize(2);
        assertThat(described.replicationStatus().get(1).kmsKeyId()).isEqualTo("alias/replica");
    }

    @Test
    void createSecretCanReplicateAtOnce() {
        client.createSecret(r -> r.name(name).secretString("v1").addReplicaRegions(region("eu-central-1")));

        assertThat(client.describeSecret(r -> r.secretId(name)).replicationStatus())
                .extracting(ReplicationStatusType::region)
                .containsExactly("eu-central-1");
    }

    @Test
    void regionsCanBeRemovedAndReplicationStoppedFromTheReplica() {
        String arn = client.createSecret(r -> r.name(name)
                        .secretString("v1")
                        .addReplicaRegions(region("eu-west-1"), region("eu-west-2"), region("eu-west-3")))
                .arn();

        assertThat(client.removeRegionsFromReplication(r -> r.secretId(name).removeReplicaRegions("eu-west-1"))
                        .replicationStatus())
                .extracting(ReplicationStatusType::region)
                .containsExactly("eu-west-2", "eu-west-3");

        String replicaArn = arn.replace(":us-east-1:", ":eu-west-2:");
        assertThat(client.stopReplicationToReplica(r -> r.secretId(replicaArn)).arn())
                .isEqualTo(replicaArn);
        assertThat(client.describeSecret(r -> r.secretId(name)).replicationStatus())
                .extracting(ReplicationStatusType::region)
                .containsExactly("eu-west-3");

        client.removeRegionsFromReplication(r -> r.secretId(name).removeReplicaRegions("eu-west-3"));
        DescribeSecretResponse described = client.describeSecret(r -> r.secretId(name));
        assertThat(described.hasReplicationStatus()).isFalse();
        assertThat(described.primaryRegion()).isNull();
    }

    @Test
    void invalidRegionsAndPrimarySecretsAreRejected() {
        client.createSecret(r -> r.name(name).secretString("v1"));

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
