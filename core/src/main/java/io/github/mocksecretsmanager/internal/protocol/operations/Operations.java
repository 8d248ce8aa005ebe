package io.github.mocksecretsmanager.internal.protocol.operations;

import io.github.mocksecretsmanager.internal.engine.SecretsEngine;
import io.github.mocksecretsmanager.internal.protocol.Operation;
import java.util.Map;

/** Every operation of this package by AWS action name: the one way in, so the operations themselves stay package-private. */
public final class Operations {

    private Operations() {}

    /** The operations of one engine, keyed by the action name of {@code X-Amz-Target} (after the dot). */
    public static Map<String, Operation> byAction(SecretsEngine engine) {
        return Map.ofEntries(
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
                Map.entry("StopReplicationToReplica", new StopReplicationToReplica(engine)));
    }
}
