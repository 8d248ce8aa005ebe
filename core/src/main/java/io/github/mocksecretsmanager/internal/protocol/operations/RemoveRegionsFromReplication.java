package io.github.mocksecretsmanager.internal.protocol.operations;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.mocksecretsmanager.internal.engine.AwsException;
import io.github.mocksecretsmanager.internal.engine.ErrorCode;
import io.github.mocksecretsmanager.internal.engine.SecretsEngine;
import io.github.mocksecretsmanager.internal.protocol.Members;
import io.github.mocksecretsmanager.internal.protocol.Operation;
import io.github.mocksecretsmanager.internal.protocol.RequestFields;
import io.github.mocksecretsmanager.internal.protocol.SecretJson;
import io.github.mocksecretsmanager.model.SecretMetadata;
import java.io.IOException;
import java.util.List;

/** RemoveRegionsFromReplication: answers the replicas that remain. */
final class RemoveRegionsFromReplication implements Operation {

    private final SecretsEngine engine;

    RemoveRegionsFromReplication(SecretsEngine engine) {
        this.engine = engine;
    }

    @Override
    public void invoke(RequestFields request, JsonGenerator out) throws IOException {
        String secretId = Members.secretId(request);
        List<String> regions = request.optionalStringList("RemoveReplicaRegions", 1, 100, 1, 128);
        if (regions == null) {
            throw new AwsException(
                    ErrorCode.ValidationException,
                    "1 validation error detected: Value null at 'removeReplicaRegions' failed to satisfy constraint:"
                            + " Member must not be null");
        }
        regions.forEach(Members::region);
        SecretMetadata secret = engine.removeRegionsFromReplication(secretId, regions);
        out.writeStartObject();
        out.writeStringField("ARN", secret.arn());
        SecretJson.writeReplicationStatus(out, secret.replicas());
        out.writeEndObject();
    }
}
