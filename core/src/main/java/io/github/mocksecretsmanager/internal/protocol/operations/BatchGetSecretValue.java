package io.github.mocksecretsmanager.internal.protocol.operations;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.mocksecretsmanager.internal.engine.AwsException;
import io.github.mocksecretsmanager.internal.engine.BatchResult;
import io.github.mocksecretsmanager.internal.engine.ErrorCode;
import io.github.mocksecretsmanager.internal.engine.SecretFilter;
import io.github.mocksecretsmanager.internal.engine.SecretsEngine;
import io.github.mocksecretsmanager.internal.engine.VersionResult;
import io.github.mocksecretsmanager.internal.protocol.Members;
import io.github.mocksecretsmanager.internal.protocol.Operation;
import io.github.mocksecretsmanager.internal.protocol.RequestFields;
import io.github.mocksecretsmanager.internal.protocol.ResponseJson;
import io.github.mocksecretsmanager.model.SecretVersion;
import java.io.IOException;
import java.util.List;

/** BatchGetSecretValue: by {@code SecretIdList} or by {@code Filters}, with one error entry per unreadable secret. */
final class BatchGetSecretValue implements Operation {

    static final int MAX_PAGE = 20;

    private final SecretsEngine engine;

    BatchGetSecretValue(SecretsEngine engine) {
        this.engine = engine;
    }

    @Override
    public void invoke(RequestFields request, JsonGenerator out) throws IOException {
        List<String> secretIds = request.optionalStringList("SecretIdList", 1, MAX_PAGE, 1, 2048);
        List<SecretFilter> filters = Members.filters(request);
        boolean byFilters = request.has("Filters");
        Integer maxResults = request.optionalInt("MaxResults", 1, MAX_PAGE);
        String nextToken = request.optionalString("NextToken", 1, 4096);
        if ((secretIds == null) == !byFilters) {
            throw new AwsException(
                    ErrorCode.InvalidParameterException,
                    "Either SecretIdList or Filters must be provided, but not both.");
        }
        if (secretIds != null && (maxResults != null || nextToken != null)) {
            throw new AwsException(
                    ErrorCode.InvalidParameterException, "MaxResults and NextToken can be used only with Filters.");
        }
        BatchResult result = secretIds != null
                ? engine.batchGetSecretValue(secretIds)
                : engine.batchGetSecretValue(filters, maxResults == null ? MAX_PAGE : maxResults, nextToken);
        out.writeStartObject();
        out.writeArrayFieldStart("SecretValues");
        for (VersionResult value : result.values()) {
            SecretVersion version = value.requiredVersion();
            out.writeStartObject();
            ResponseJson.writeSecretRef(out, value.secret());
            out.writeStringField("VersionId", version.versionId());
            ResponseJson.writeSecretValue(out, version);
            ResponseJson.writeStringList(out, "VersionStages", version.stages());
            ResponseJson.writeTimestamp(out, "CreatedDate", version.createdDate());
            out.writeEndObject();
        }
        out.writeEndArray();
        out.writeArrayFieldStart("Errors");
        for (BatchResult.SecretError error : result.errors()) {
            out.writeStartObject();
            out.writeStringField("SecretId", error.secretId());
            out.writeStringField("ErrorCode", error.errorCode());
            out.writeStringField("Message", error.message());
            out.writeEndObject();
        }
        out.writeEndArray();
        if (result.nextToken() != null) {
            out.writeStringField("NextToken", result.nextToken());
        }
        out.writeEndObject();
    }
}
