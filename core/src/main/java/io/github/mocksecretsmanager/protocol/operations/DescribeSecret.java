package io.github.mocksecretsmanager.protocol.operations;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.mocksecretsmanager.SecretMetadata;
import io.github.mocksecretsmanager.SecretSnapshot;
import io.github.mocksecretsmanager.SecretVersion;
import io.github.mocksecretsmanager.Tag;
import io.github.mocksecretsmanager.engine.SecretsEngine;
import io.github.mocksecretsmanager.protocol.Members;
import io.github.mocksecretsmanager.protocol.Operation;
import io.github.mocksecretsmanager.protocol.RequestFields;
import io.github.mocksecretsmanager.protocol.ResponseJson;
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
        SecretMetadata secret = snapshot.metadata();
        out.writeStartObject();
        ResponseJson.writeSecretRef(out, secret);
        ResponseJson.writeOptionalString(out, "Description", secret.description());
        ResponseJson.writeOptionalString(out, "KmsKeyId", secret.kmsKeyId());
        ResponseJson.writeTimestamp(out, "LastChangedDate", secret.lastChangedDate());
        ResponseJson.writeTimestamp(out, "LastAccessedDate", secret.lastAccessedDate());
        ResponseJson.writeTimestamp(out, "DeletedDate", secret.deletedDate());
        if (!secret.tags().isEmpty()) {
            out.writeArrayFieldStart("Tags");
            for (Tag tag : secret.tags()) {
                out.writeStartObject();
                out.writeStringField("Key", tag.key());
                out.writeStringField("Value", tag.value());
                out.writeEndObject();
            }
            out.writeEndArray();
        }
        boolean anyLabelled = snapshot.versions().stream().anyMatch(v -> !v.isDeprecated());
        if (anyLabelled) {
            out.writeObjectFieldStart("VersionIdsToStages");
            for (SecretVersion version : snapshot.versions()) {
                if (!version.isDeprecated()) {
                    ResponseJson.writeStringList(out, version.versionId(), version.stages());
                }
            }
            out.writeEndObject();
        }
        ResponseJson.writeTimestamp(out, "CreatedDate", secret.createdDate());
        out.writeEndObject();
    }
}
