package io.github.mocksecretsmanager.protocol.operations;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.mocksecretsmanager.SecretSnapshot;
import io.github.mocksecretsmanager.engine.SecretsEngine;
import io.github.mocksecretsmanager.protocol.Members;
import io.github.mocksecretsmanager.protocol.Operation;
import io.github.mocksecretsmanager.protocol.RequestFields;
import io.github.mocksecretsmanager.protocol.SecretJson;
import java.io.IOException;

/** DescribeSecret: optional fields appear only when they apply, as recorded against AWS. */
public final class DescribeSecret implements Operation {

    private final SecretsEngine engine;

    public DescribeSecret(SecretsEngine engine) {
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
