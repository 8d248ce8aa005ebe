package io.github.mocksecretsmanager.internal.protocol.operations;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.mocksecretsmanager.internal.engine.SecretsEngine;
import io.github.mocksecretsmanager.internal.protocol.Members;
import io.github.mocksecretsmanager.internal.protocol.Operation;
import io.github.mocksecretsmanager.internal.protocol.RequestFields;
import io.github.mocksecretsmanager.internal.protocol.SecretJson;
import io.github.mocksecretsmanager.model.SecretSnapshot;
import java.io.IOException;

/** DescribeSecret: optional fields appear only when they apply, as recorded against AWS. */
final class DescribeSecret implements Operation {

    private final SecretsEngine engine;

    DescribeSecret(SecretsEngine engine) {
        this.engine = engine;
    }

    @Override
    public void invoke(RequestFields request, JsonGenerator out) throws IOException {
        SecretSnapshot snapshot = engine.describeSecret(Members.secretId(request));
        out.writeStartObject();
        SecretJson.writeDescription(out, snapshot, engine.region(), "VersionIdsToStages");
        out.writeEndObject();
    }
}
