package io.github.mocksecretsmanager.internal.engine;

import static io.github.mocksecretsmanager.internal.engine.SecretAccess.checkLive;

import io.github.mocksecretsmanager.model.SecretMetadata;
import io.github.mocksecretsmanager.model.SecretValue;
import io.github.mocksecretsmanager.model.SecretVersion;
import io.github.mocksecretsmanager.model.StagingLabels;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * PutSecretValue, GetSecretValue, ListSecretVersionIds and UpdateSecretVersionStage: the versions of
 * one secret and their staging labels.
 */
final class SecretVersions {

    private final SecretAccess access;
    private final RotationLauncher rotations;

    SecretVersions(SecretAccess access, RotationLauncher rotations) {
        this.access = access;
        this.rotations = rotations;
    }

    VersionResult putSecretValue(
            String secretId,
            @Nullable String token,
            SecretValue value,
            @Nullable List<String> stages,
            @Nullable String rotationToken) {
        if (token == null) {
            throw Errors.tokenRequired();
        }
        Instant now = access.now();
        return access.onWritableSecret(secretId, now, secret -> {
            if (rotationToken != null
                    && !rotations.acceptsRotationToken(secret.metadata().arn(), rotationToken)) {
                throw Errors.invalidRotationToken();
            }
            SecretVersion version = access.putVersion(secret, token, value, stages, now);
            return new VersionResult(secret.metadata(), version);
        });
    }

    VersionResult getSecretValue(String secretId, @Nullable String versionId, @Nullable String stage) {
        Instant now = access.now();
        return access.onReadableSecret(secretId, now, secret -> {
            SecretVersion version;
            if (versionId != null) {
                version = secret.version(versionId);
                if (version == null || !version.hasValue()) {
                    throw Errors.valueNotFoundForVersion(versionId);
                }
                if (stage != null && !version.hasStage(stage)) {
                    throw Errors.stageNotOnRequestedVersion();
                }
            } else {
                String wanted = stage != null ? stage : StagingLabels.CURRENT;
                version = secret.versionWithStage(wanted);
                if (version == null || !version.hasValue()) {
                    // The AWS rotation template's createSecret step relies on this for the version a
                    // rotation starts with: no value yet, so it puts one.
                    throw Errors.valueNotFoundForStage(wanted);
                }
            }
            SecretVersion read = secret.recordAccess(version, now.truncatedTo(ChronoUnit.DAYS));
            return new VersionResult(secret.metadata(), read);
        });
    }

    VersionPage listSecretVersionIds(
            String secretId, boolean includeDeprecated, @Nullable Integer maxResults, @Nullable String nextToken) {
        Instant now = access.now();
        StoredSecret secret = access.resolve(secretId, now);
        List<SecretVersion> listed = new ArrayList<>();
        SecretMetadata metadata;
        synchronized (secret) {
            checkLive(secret);
            metadata = secret.metadata();
            for (SecretVersion version : secret.versions()) {
                if (includeDeprecated || !version.isDeprecated()) {
                    listed.add(version);
                }
            }
        }
        Collections.reverse(listed); // versions are stored oldest first
        int start = 0;
        if (nextToken != null) {
            String resumeAt = decodePageToken(nextToken);
            start = indexOf(listed, resumeAt);
            if (start < 0) {
                throw Errors.invalidNextToken();
            }
        }
        int end = maxResults == null ? listed.size() : Math.min(listed.size(), start + maxResults);
        String token = end < listed.size() ? encodePageToken(listed.get(end).versionId()) : null;
        return new VersionPage(metadata, List.copyOf(listed.subList(start, end)), token);
    }

    SecretMetadata updateSecretVersionStage(
            String secretId, String stage, @Nullable String removeFrom, @Nullable String moveTo) {
        Instant now = access.now();
        return access.onWritableSecret(secretId, now, secret -> {
            secret.moveStage(stage, removeFrom, moveTo, now);
            return secret.metadata();
        });
    }

    private static int indexOf(List<SecretVersion> versions, String versionId) {
        for (int i = 0; i < versions.size(); i++) {
            if (versions.get(i).versionId().equals(versionId)) {
                return i;
            }
        }
        return -1;
    }

    private static String encodePageToken(String versionId) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(versionId.getBytes(StandardCharsets.UTF_8));
    }

    private static String decodePageToken(String token) {
        try {
            return new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw Errors.invalidNextToken();
        }
    }
}
