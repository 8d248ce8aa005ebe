package io.github.mocksecretsmanager.internal.protocol;

import io.github.mocksecretsmanager.internal.engine.AwsException;
import io.github.mocksecretsmanager.internal.engine.ErrorCode;
import io.github.mocksecretsmanager.internal.engine.SecretsEngine;
import io.github.mocksecretsmanager.internal.protocol.operations.BatchGetSecretValue;
import io.github.mocksecretsmanager.internal.protocol.operations.CancelRotateSecret;
import io.github.mocksecretsmanager.internal.protocol.operations.CreateSecret;
import io.github.mocksecretsmanager.internal.protocol.operations.DeleteResourcePolicy;
import io.github.mocksecretsmanager.internal.protocol.operations.DeleteSecret;
import io.github.mocksecretsmanager.internal.protocol.operations.DescribeSecret;
import io.github.mocksecretsmanager.internal.protocol.operations.GetRandomPassword;
import io.github.mocksecretsmanager.internal.protocol.operations.GetResourcePolicy;
import io.github.mocksecretsmanager.internal.protocol.operations.GetSecretValue;
import io.github.mocksecretsmanager.internal.protocol.operations.ListSecretVersionIds;
import io.github.mocksecretsmanager.internal.protocol.operations.ListSecrets;
import io.github.mocksecretsmanager.internal.protocol.operations.PutResourcePolicy;
import io.github.mocksecretsmanager.internal.protocol.operations.PutSecretValue;
import io.github.mocksecretsmanager.internal.protocol.operations.RemoveRegionsFromReplication;
import io.github.mocksecretsmanager.internal.protocol.operations.ReplicateSecretToRegions;
import io.github.mocksecretsmanager.internal.protocol.operations.RestoreSecret;
import io.github.mocksecretsmanager.internal.protocol.operations.RotateSecret;
import io.github.mocksecretsmanager.internal.protocol.operations.StopReplicationToReplica;
import io.github.mocksecretsmanager.internal.protocol.operations.TagResource;
import io.github.mocksecretsmanager.internal.protocol.operations.UntagResource;
import io.github.mocksecretsmanager.internal.protocol.operations.UpdateSecret;
import io.github.mocksecretsmanager.internal.protocol.operations.UpdateSecretVersionStage;
import io.github.mocksecretsmanager.internal.protocol.operations.ValidateResourcePolicy;
import java.util.Map;
import java.util.Set;

/** The immutable table from AWS action name ({@code X-Amz-Target} after the dot) to operation. */
public final class OperationRegistry {

    /** Every action of the Secrets Manager API (2017-10-17). */
    static final Set<String> AWS_ACTIONS = Set.of(
            "BatchGetSecretValue",
            "CancelRotateSecret",
            "CreateSecret",
            "DeleteResourcePolicy",
            "DeleteSecret",
            "DescribeSecret",
            "GetRandomPassword",
            "GetResourcePolicy",
            "GetSecretValue",
            "ListSecretVersionIds",
            "ListSecrets",
            "PutResourcePolicy",
            "PutSecretValue",
            "RemoveRegionsFromReplication",
            "ReplicateSecretToRegions",
            "RestoreSecret",
            "RotateSecret",
            "StopReplicationToReplica",
            "TagResource",
            "UntagResource",
            "UpdateSecret",
            "UpdateSecretVersionStage",
            "ValidateResourcePolicy");

    private final Map<String, Operation> operations;

    private OperationRegistry(Map<String, Operation> operations) {
        this.operations = Map.copyOf(operations);
    }

    public static OperationRegistry of(SecretsEngine engine) {
        return new OperationRegistry(Map.ofEntries(
                Map.entry("CreateSecret", new CreateSecret(engine)),
                Map.entry("PutSecretValue", new PutSecretValue(engine)),
                Map.entry("GetSecretValue", new GetSecretValue(engine)),
                Map.entry("DescribeSecret", new DescribeSecret(engine)),
                Map.entry("ListSecretVersionIds", new ListSecretVersionIds(engine)),
                Map.entry("UpdateSecretVersionStage", new UpdateSecretVersionStage(engine)),
                Map.entry("DeleteSecret", new DeleteSecret(engine)),
                Map.entry("RestoreSecret", new RestoreSecret(engine)),
                Map.entry("UpdateSecret", new UpdateSecret(engine)),
                Map.entry("ListSecrets", new ListSecrets(engine)),
                Map.entry("BatchGetSecretValue", new BatchGetSecretValue(engine)),
                Map.entry("TagResource", new TagResource(engine)),
                Map.entry("UntagResource", new UntagResource(engine)),
                Map.entry("GetRandomPassword", new GetRandomPassword(engine)),
                Map.entry("RotateSecret", new RotateSecret(engine)),
                Map.entry("CancelRotateSecret", new CancelRotateSecret(engine)),
                Map.entry("GetResourcePolicy", new GetResourcePolicy(engine)),
                Map.entry("PutResourcePolicy", new PutResourcePolicy(engine)),
                Map.entry("DeleteResourcePolicy", new DeleteResourcePolicy(engine)),
                Map.entry("ValidateResourcePolicy", new ValidateResourcePolicy(engine)),
                Map.entry("ReplicateSecretToRegions", new ReplicateSecretToRegions(engine)),
                Map.entry("RemoveRegionsFromReplication", new RemoveRegionsFromReplication(engine)),
                Map.entry("StopReplicationToReplica", new StopReplicationToReplica(engine))));
    }

    /** The operation for an action; an AWS-shaped error when it is unknown. */
    public Operation find(String action) {
        Operation operation = operations.get(action);
        if (operation != null) {
            return operation;
        }
        throw unknownOperation();
    }

    static AwsException unknownOperation() {
        return new AwsException(ErrorCode.UnknownOperationException, "The requested operation is not recognized.");
    }
}
