package io.github.mocksecretsmanager.internal.protocol.operations;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.mocksecretsmanager.internal.engine.AwsException;
import io.github.mocksecretsmanager.internal.engine.ErrorCode;
import io.github.mocksecretsmanager.internal.engine.SecretsEngine;
import io.github.mocksecretsmanager.internal.protocol.Members;
import io.github.mocksecretsmanager.internal.protocol.Operation;
import io.github.mocksecretsmanager.internal.protocol.RequestFields;
import io.github.mocksecretsmanager.internal.protocol.SecretJson;
import io.github.mocksecretsmanager.model.ReplicaRegion;
import io.github.mocksecretsmanager.model.SecretMetadata;
import java.io.IOException;
import java.util.List;

/** ReplicateSecretToRegions: records each replica as {@code InSync}; nothing is copied anywhere. */
final class ReplicateSecretToRegions implements Operation {

    private final SecretsEngine engine;

    ReplicateSecretToRegions(SecretsEngine engine) {
        this.engine = engine;
    }

    @Override
    public void invoke(RequestFields request, JsonGenerator out) throws IOException {
        String secretId = Members.secretId(request);
        if (!request.has("AddReplicaRegions")) {
            throw new AwsException(
                    ErrorCode.ValidationException,
                    "1 validation error detected: Value null at 'addReplicaRegions' failed to satisfy constraint:"
                            + " Member must not be null");
        }
        List<ReplicaRegion> regions = Members.addReplicaRegions(request);
        boolean force = request.optionalBoolean("ForceOverwriteReplicaSecret");
        SecretMetadata secret = engine.replicateSecretToRegions(secretId, regions, force);
        out.writeStartObject();
        out.writeStringField("ARN", secret.arn());
        SecretJson.writeReplicationStatus(out, secret.replicas());
        out.writeEndObject();
    }
}
