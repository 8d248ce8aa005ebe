package io.github.mocksecretsmanager.internal.protocol.operations;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.mocksecretsmanager.internal.engine.AwsException;
import io.github.mocksecretsmanager.internal.engine.ErrorCode;
import io.github.mocksecretsmanager.internal.engine.SecretsEngine;
import io.github.mocksecretsmanager.internal.engine.VersionResult;
import io.github.mocksecretsmanager.internal.protocol.Members;
import io.github.mocksecretsmanager.internal.protocol.Operation;
import io.github.mocksecretsmanager.internal.protocol.RequestFields;
import io.github.mocksecretsmanager.internal.protocol.ResponseJson;
import io.github.mocksecretsmanager.model.SecretValue;
import io.github.mocksecretsmanager.model.SecretVersion;
import java.io.IOException;
import java.util.List;

/** PutSecretValue: the staging-label rules live in the engine's {@code StoredSecret}. */
final class PutSecretValue implements Operation {

    private final SecretsEngine engine;

    PutSecretValue(SecretsEngine engine) {
        this.engine = engine;
    }

    @Override
    public void invoke(RequestFields request, JsonGenerator out) throws IOException {
        String secretId = Members.secretId(request);
        String token = Members.clientRequestToken(request);
        SecretValue value = Members.secretValue(request);
        List<String> stages = Members.versionStages(request);
        String rotationToken = Members.rotationToken(request);
        if (value == null) {
            throw new AwsException(
                    ErrorCode.InvalidRequestException, "You must provide either SecretString or SecretBinary.");
        }
        VersionResult result = engine.putSecretValue(secretId, token, value, stages, rotationToken);
        SecretVersion version = result.requiredVersion();
        out.writeStartObject();
        ResponseJson.writeSecretRef(out, result.secret());
        out.writeStringField("VersionId", version.versionId());
        ResponseJson.writeStringList(out, "VersionStages", version.stages());
        out.writeEndObject();
    }
}
