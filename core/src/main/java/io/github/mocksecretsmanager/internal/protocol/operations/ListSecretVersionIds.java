package io.github.mocksecretsmanager.internal.protocol.operations;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.mocksecretsmanager.internal.engine.SecretsEngine;
import io.github.mocksecretsmanager.internal.engine.VersionPage;
import io.github.mocksecretsmanager.internal.protocol.Members;
import io.github.mocksecretsmanager.internal.protocol.Operation;
import io.github.mocksecretsmanager.internal.protocol.RequestFields;
import io.github.mocksecretsmanager.internal.protocol.ResponseJson;
import io.github.mocksecretsmanager.model.SecretVersion;
import java.io.IOException;

/** ListSecretVersionIds. */
final class ListSecretVersionIds implements Operation {

    /** What AWS lists as the key of a secret encrypted with the default {@code aws/secretsmanager} key. */
    static final String DEFAULT_KMS_KEY = "DefaultEncryptionKey";

    private final SecretsEngine engine;

    ListSecretVersionIds(SecretsEngine engine) {
        this.engine = engine;
    }

    @Override
    public void invoke(RequestFields request, JsonGenerator out) throws IOException {
        String secretId = Members.secretId(request);
        Integer maxResults = request.optionalInt("MaxResults", 1, 100);
        String nextToken = request.optionalString("NextToken", 1, 4096);
        boolean includeDeprecated = request.optionalBoolean("IncludeDeprecated");
        VersionPage page = engine.listSecretVersionIds(secretId, includeDeprecated, maxResults, nextToken);
        String kmsKey = page.secret().kmsKeyId() == null
                ? DEFAULT_KMS_KEY
                : page.secret().kmsKeyId();
        out.writeStartObject();
        out.writeArrayFieldStart("Versions");
        for (SecretVersion version : page.versions()) {
            out.writeStartObject();
            out.writeStringField("VersionId", version.versionId());
            if (!version.isDeprecated()) {
                ResponseJson.writeStringList(out, "VersionStages", version.stages());
            }
            ResponseJson.writeTimestamp(out, "LastAccessedDate", version.lastAccessedDate());
            ResponseJson.writeTimestamp(out, "CreatedDate", version.createdDate());
            out.writeArrayFieldStart("KmsKeyIds");
            out.writeString(kmsKey);
            out.writeEndArray();
            out.writeEndObject();
        }
        out.writeEndArray();
        if (page.nextToken() != null) {
            out.writeStringField("NextToken", page.nextToken());
        }
        ResponseJson.writeSecretRef(out, page.secret());
        out.writeEndObject();
    }
}
