package io.github.mocksecretsmanager.internal.protocol;

import io.github.mocksecretsmanager.internal.engine.AwsException;
import io.github.mocksecretsmanager.internal.engine.ErrorCode;
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

    /** @param operations every operation, keyed by action name */
    public static OperationRegistry of(Map<String, Operation> operations) {
        return new OperationRegistry(operations);
    }

    /** The operation for an action; an AWS-shaped error when it is unknown. */
    Operation find(String action) {
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
