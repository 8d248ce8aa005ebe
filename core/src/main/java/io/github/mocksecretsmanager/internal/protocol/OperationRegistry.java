package io.github.mocksecretsmanager.internal.protocol;

import io.github.mocksecretsmanager.internal.engine.AwsException;
import io.github.mocksecretsmanager.internal.engine.Engines;
import io.github.mocksecretsmanager.internal.engine.ErrorCode;
import io.github.mocksecretsmanager.internal.engine.Scope;
import io.github.mocksecretsmanager.internal.engine.SecretsEngine;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The tables from AWS action name ({@code X-Amz-Target} after the dot) to operation, one per account
 * and region: each table's operations act on that scope's engine. A table is built the first time a
 * request acts in its scope and kept.
 */
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

    private final Engines engines;
    private final Function<SecretsEngine, Map<String, Operation>> factory;
    private final ConcurrentHashMap<Scope, Map<String, Operation>> tables = new ConcurrentHashMap<>();

    private OperationRegistry(Engines engines, Function<SecretsEngine, Map<String, Operation>> factory) {
        this.engines = engines;
        this.factory = factory;
    }

    /** @param factory every operation acting on one engine, keyed by action name */
    public static OperationRegistry of(Engines engines, Function<SecretsEngine, Map<String, Operation>> factory) {
        return new OperationRegistry(engines, factory);
    }

    /** The operation for an action in {@code scope}; an AWS-shaped error when it is unknown. */
    Operation find(Scope scope, String action) {
        Map<String, Operation> table = tables.get(scope);
        if (table == null) {
            table = tables.computeIfAbsent(scope, s -> Map.copyOf(factory.apply(engines.engine(s))));
        }
        Operation operation = table.get(action);
        if (operation != null) {
            return operation;
        }
        throw unknownOperation();
    }

    static AwsException unknownOperation() {
        return new AwsException(ErrorCode.UnknownOperationException, "The requested operation is not recognized.");
    }
}
