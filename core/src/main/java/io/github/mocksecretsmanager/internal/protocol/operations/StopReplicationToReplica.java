package io.github.mocksecretsmanager.internal.protocol.operations;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.mocksecretsmanager.internal.engine.SecretsEngine;
import io.github.mocksecretsmanager.internal.protocol.Members;
import io.github.mocksecretsmanager.internal.protocol.Operation;
import io.github.mocksecretsmanager.internal.protocol.RequestFields;
import java.io.IOException;

/**
 * StopReplicationToReplica, called in the replica's region with the replica's name or ARN: the replica
 * becomes a standalone secret and its region leaves the primary secret's replication.
 */
final class StopReplicationToReplica implements Operation {

    private final SecretsEngine engine;

    StopReplicationToReplica(SecretsEngine engine) {
        this.engine = engine;
    }

    @Override
    public void invoke(RequestFields request, JsonGenerator out) throws IOException {
        String replicaArn = engine.stopReplicationToReplica(Members.secretId(request));
        out.writeStartObject();
        out.writeStringField("ARN", replicaArn);
        out.writeEndObject();
    }
}
