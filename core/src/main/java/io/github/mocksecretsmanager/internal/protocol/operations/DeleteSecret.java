package io.github.mocksecretsmanager.internal.protocol.operations;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.mocksecretsmanager.internal.engine.SecretsEngine;
import io.github.mocksecretsmanager.internal.protocol.Members;
import io.github.mocksecretsmanager.internal.protocol.Operation;
import io.github.mocksecretsmanager.internal.protocol.RequestFields;
import io.github.mocksecretsmanager.internal.protocol.ResponseJson;
import io.github.mocksecretsmanager.model.SecretMetadata;
import java.io.IOException;

/** DeleteSecret. */
final class DeleteSecret implements Operation {

    private final SecretsEngine engine;

    DeleteSecret(SecretsEngine engine) {
        this.engine = engine;
    }

    @Override
    public void invoke(RequestFields request, JsonGenerator out) throws IOException {
        String secretId = Members.secretId(request);
        Long recoveryWindow = request.optionalLong("RecoveryWindowInDays");
        boolean force = request.optionalBoolean("ForceDeleteWithoutRecovery");
        SecretMetadata secret = engine.deleteSecret(secretId, recoveryWindow, force);
        out.writeStartObject();
        ResponseJson.writeSecretRef(out, secret);
        ResponseJson.writeTimestamp(out, "DeletionDate", secret.deletionDate());
        out.writeEndObject();
    }
}
