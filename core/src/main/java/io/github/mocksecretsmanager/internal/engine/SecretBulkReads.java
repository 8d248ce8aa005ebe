package io.github.mocksecretsmanager.internal.engine;

import io.github.mocksecretsmanager.model.SecretMetadata;
import io.github.mocksecretsmanager.model.SecretSnapshot;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * ListSecrets and BatchGetSecretValue: the reads that span many secrets. Each secret is read under
 * its own lock, so a result is consistent per secret, not across secrets.
 */
final class SecretBulkReads {

    private final SecretAccess access;
    private final SecretVersions versions;

    SecretBulkReads(SecretAccess access, SecretVersions versions) {
        this.access = access;
        this.versions = versions;
    }

    SecretPage listSecrets(SecretQuery query) {
        Instant now = access.now();
        List<SecretSnapshot> matching = new ArrayList<>();
        for (SecretSnapshot secret :
                access.store().each(now, secret -> listed(secret, query) ? secret.snapshot() : null)) {
            if (secret != null) {
                matching.add(secret);
            }
        }
        return SecretListing.page(matching, query);
    }

    private boolean listed(StoredSecret secret, SecretQuery query) {
        SecretMetadata metadata = secret.metadata();
        if (metadata.isScheduledForDeletion() && !query.includePlannedDeletion()) {
            return false;
        }
        String replicaOf = metadata.primaryRegion();
        String primaryRegion = replicaOf != null ? replicaOf : access.region();
        for (SecretFilter filter : query.filters()) {
            if (!filter.matches(metadata, primaryRegion)) {
                return false;
            }
        }
        return true;
    }

    BatchResult batchGetSecretValue(List<String> secretIds) {
        List<VersionResult> values = new ArrayList<>();
        List<BatchResult.SecretError> errors = new ArrayList<>();
        for (String secretId : secretIds) {
            readInto(secretId, values, errors);
        }
        return new BatchResult(values, errors, null);
    }

    BatchResult batchGetSecretValue(List<SecretFilter> filters, int maxResults, @Nullable String nextToken) {
        SecretPage page = listSecrets(
                new SecretQuery(filters, false, SecretQuery.SortBy.CREATED_DATE, true, maxResults, nextToken));
        List<VersionResult> values = new ArrayList<>();
        List<BatchResult.SecretError> errors = new ArrayList<>();
        for (SecretSnapshot secret : page.secrets()) {
            readInto(secret.arn(), values, errors);
        }
        return new BatchResult(values, errors, page.nextToken());
    }

    private void readInto(String secretId, List<VersionResult> values, List<BatchResult.SecretError> errors) {
        try {
            values.add(versions.getSecretValue(secretId, null, null));
        } catch (AwsException e) {
            errors.add(new BatchResult.SecretError(secretId, e.code().name(), e.getMessage()));
        }
    }
}
