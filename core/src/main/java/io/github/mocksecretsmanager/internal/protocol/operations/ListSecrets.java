package io.github.mocksecretsmanager.internal.protocol.operations;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.mocksecretsmanager.internal.engine.SecretPage;
import io.github.mocksecretsmanager.internal.engine.SecretQuery;
import io.github.mocksecretsmanager.internal.engine.SecretsEngine;
import io.github.mocksecretsmanager.internal.protocol.Members;
import io.github.mocksecretsmanager.internal.protocol.Operation;
import io.github.mocksecretsmanager.internal.protocol.RequestFields;
import io.github.mocksecretsmanager.internal.protocol.SecretJson;
import io.github.mocksecretsmanager.model.SecretSnapshot;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;

/** ListSecrets: filters, sorting and paging; each entry is described as DescribeSecret would. */
final class ListSecrets implements Operation {

    private static final List<String> SORT_KEYS = Arrays.stream(SecretQuery.SortBy.values())
            .map(SecretQuery.SortBy::wireName)
            .toList();

    private final SecretsEngine engine;

    ListSecrets(SecretsEngine engine) {
        this.engine = engine;
    }

    @Override
    public void invoke(RequestFields request, JsonGenerator out) throws IOException {
        boolean includePlannedDeletion = request.optionalBoolean("IncludePlannedDeletion");
        Integer maxResults = request.optionalInt("MaxResults", 1, 100);
        String nextToken = request.optionalString("NextToken", 1, 4096);
        String sortOrder = request.optionalEnum("SortOrder", List.of("asc", "desc"));
        String sortBy = request.optionalEnum("SortBy", SORT_KEYS);
        SecretQuery query = new SecretQuery(
                Members.filters(request),
                includePlannedDeletion,
                sortBy == null ? SecretQuery.SortBy.CREATED_DATE : SecretQuery.SortBy.fromWireName(sortBy),
                !"desc".equals(sortOrder),
                maxResults == null ? SecretsEngine.DEFAULT_LIST_PAGE_SIZE : maxResults,
                nextToken);
        SecretPage page = engine.listSecrets(query);
        out.writeStartObject();
        out.writeArrayFieldStart("SecretList");
        for (SecretSnapshot secret : page.secrets()) {
            out.writeStartObject();
            SecretJson.writeDescription(out, secret, engine.region(), "SecretVersionsToStages");
            out.writeEndObject();
        }
        out.writeEndArray();
        if (page.nextToken() != null) {
            out.writeStringField("NextToken", page.nextToken());
        }
        out.writeEndObject();
    }
}
