package io.github.mocksecretsmanager.protocol.operations;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.mocksecretsmanager.Tag;
import io.github.mocksecretsmanager.engine.AwsException;
import io.github.mocksecretsmanager.engine.ErrorCode;
import io.github.mocksecretsmanager.engine.NewSecret;
import io.github.mocksecretsmanager.engine.SecretsEngine;
import io.github.mocksecretsmanager.engine.VersionResult;
import io.github.mocksecretsmanager.protocol.Members;
import io.github.mocksecretsmanager.protocol.Operation;
import io.github.mocksecretsmanager.protocol.RequestFields;
import io.github.mocksecretsmanager.protocol.ResponseJson;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** CreateSecret. */
public final class CreateSecret implements Operation {

    private static final int MAX_TAGS = 50;

    private final SecretsEngine engine;

    public CreateSecret(SecretsEngine engine) {
        this.engine = engine;
    }

    @Override
    public void invoke(RequestFields request, JsonGenerator out) throws IOException {
        String name = request.requiredString("Name", 1, 512);
        String token = Members.clientRequestToken(request);
        String description = request.optionalString("Description", 0, 2048);
        String kmsKeyId = request.optionalString("KmsKeyId", 0, 2048);
        request.optionalBoolean("ForceOverwriteReplicaSecret");
        request.optionalString("Type", 0, 256);
        List<Tag> tags = tags(request);
        if (request.has("AddReplicaRegions")) {
            throw new AwsException(
                    ErrorCode.InvalidRequestException,
                    "AddReplicaRegions is not supported by this emulator yet; create the secret without replicas.");
        }
        NewSecret secret = new NewSecret(
                name,
                token,
                description == null || description.isEmpty() ? null : description,
                kmsKeyId == null || kmsKeyId.isEmpty() ? null : kmsKeyId,
                Members.secretValue(request),
                tags);
        VersionResult result = engine.createSecret(secret);
        out.writeStartObject();
        ResponseJson.writeSecretRef(out, result.secret());
        if (result.version() != null) {
            out.writeStringField("VersionId", result.version().versionId());
        }
        out.writeEndObject();
    }

    static List<Tag> tags(RequestFields request) {
        List<RequestFields> entries = request.optionalObjectList("Tags");
        if (entries == null) {
            return List.of();
        }
        if (entries.size() > MAX_TAGS) {
            throw new AwsException(
                    ErrorCode.ValidationException,
                    "1 validation error detected: Value at 'tags' failed to satisfy constraint: Member must have length"
                            + " less than or equal to " + MAX_TAGS);
        }
        List<Tag> tags = new ArrayList<>(entries.size());
        for (RequestFields entry : entries) {
            String key = entry.requiredString("Key", 1, 128);
            String value = entry.optionalString("Value", 0, 256);
            tags.add(new Tag(key, value == null ? "" : value));
        }
        return tags;
    }
}
