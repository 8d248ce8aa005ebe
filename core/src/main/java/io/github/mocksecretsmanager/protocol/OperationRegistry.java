package io.github.mocksecretsmanager.protocol;

import io.github.mocksecretsmanager.engine.AwsException;
import io.github.mocksecretsmanager.engine.ErrorCode;
import io.github.mocksecretsmanager.engine.SecretsEngine;
import io.github.mocksecretsmanager.protocol.operations.CreateSecret;
import io.github.mocksecretsmanager.protocol.operations.DeleteSecret;
import io.github.mocksecretsmanager.protocol.operations.DescribeSecret;
import io.github.mocksecretsmanager.protocol.operations.GetSecretValue;
import io.github.mocksecretsmanager.protocol.operations.ListSecretVersionIds;
import io.github.mocksecretsmanager.protocol.operations.PutSecretValue;
import io.github.mocksecretsmanager.protocol.operations.RestoreSecret;
import io.github.mocksecretsmanager.protocol.operations.UpdateSecretVersionStage;
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
        return new OperationRegistry(Map.of(
                "CreateSecret", new CreateSecret(engine),
                "PutSecretValue", new PutSecretValue(engine),
                "GetSecretValue", new GetSecretValue(engine),
                "DescribeSecret", new DescribeSecret(engine),
                "ListSecretVersionIds", new ListSecretVersionIds(engine),
                "UpdateSecretVersionStage", new UpdateSecretVersionStage(engine),
                "DeleteSecret", new DeleteSecret(engine),
                "RestoreSecret", new RestoreSecret(engine)));
    }

    /** The operation for an action; an AWS-shaped error when it is unknown or not supported yet. */
    public Operation find(String action) {
        Operation operation = operations.get(action);
        if (operation != null) {
            return operation;
        }
        if (AWS_ACTIONS.contains(action)) {
            throw new AwsException(
                    ErrorCode.UnknownOperationException,
                    "The Secrets Manager operation " + action + " is not supported by this emulator yet.");
        }
        throw unknownOperation();
    }

    public Set<String> supportedActions() {
        return operations.keySet();
    }

    static AwsException unknownOperation() {
        return new AwsException(ErrorCode.UnknownOperationException, "The requested operation is not recognized.");
    }
}
