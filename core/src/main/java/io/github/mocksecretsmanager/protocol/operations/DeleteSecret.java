package io.github.mocksecretsmanager.protocol.operations;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.mocksecretsmanager.SecretMetadata;
import io.github.mocksecretsmanager.engine.SecretsEngine;
import io.github.mocksecretsmanager.protocol.Members;
import io.github.mocksecretsmanager.protocol.Operation;
import io.github.mocksecretsmanager.protocol.RequestFields;
import io.github.mocksecretsmanager.protocol.ResponseJson;
import java.io.IOException;

/** DeleteSecret. */
public final class DeleteSecret implements Operation {

    private final SecretsEngine engine;

    public DeleteSecret(SecretsEngine engine) {
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
