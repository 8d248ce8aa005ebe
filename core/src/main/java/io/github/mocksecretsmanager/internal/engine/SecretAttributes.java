package io.github.mocksecretsmanager.internal.engine;

import static io.github.mocksecretsmanager.internal.engine.SecretAccess.updated;

import io.github.mocksecretsmanager.model.SecretMetadata;
import io.github.mocksecretsmanager.model.SecretValue;
import io.github.mocksecretsmanager.model.SecretVersion;
import io.github.mocksecretsmanager.model.Tag;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** UpdateSecret, the tag operations and the resource policy operations: what a secret carries besides its values. */
final class SecretAttributes {

    /** The most tags one secret may carry. */
    static final int MAX_TAGS = 50;

    private final SecretAccess access;

    SecretAttributes(SecretAccess access) {
        this.access = access;
    }

    VersionResult updateSecret(
            String secretId,
            @Nullable String token,
            @Nullable SecretValue value,
            @Nullable String description,
            @Nullable String kmsKeyId,
            @Nullable String type) {
        if (value != null && token == null) {
            throw Errors.tokenRequired();
        }
        Instant now = access.now();
        return access.onWritableSecret(secretId, now, secret -> {
            SecretVersion version =
                    value != null && token != null ? access.putVersion(secret, token, value, null, now) : null;
            SecretMetadata metadata = secret.metadata();
            if (description != null || kmsKeyId != null || type != null) {
                SecretMetadata.Builder changed = metadata.toBuilder().lastChangedDate(now);
                if (description != null) {
                    changed.description(description.isEmpty() ? null : description);
                }
                if (kmsKeyId != null) {
                    changed.kmsKeyId(kmsKeyId.isEmpty() ? null : kmsKeyId);
                }
                if (type != null) {
                    changed.type(type);
                }
                metadata = changed.build();
            }
            secret.metadata(metadata);
            return new VersionResult(metadata, version);
        });
    }

    SecretMetadata tagResource(String secretId, List<Tag> tags) {
        Instant now = access.now();
        return access.onWritableSecret(secretId, now, secret -> {
            Map<String, Tag> byKey = new LinkedHashMap<>();
            secret.metadata().tags().forEach(tag -> byKey.put(tag.key(), tag));
            tags.forEach(tag -> byKey.put(tag.key(), tag));
            if (byKey.size() > MAX_TAGS) {
                throw Errors.tooManyTags(MAX_TAGS);
            }
            return updated(secret, retagged(secret.metadata(), List.copyOf(byKey.values())), now);
        });
    }

    SecretMetadata untagResource(String secretId, List<String> tagKeys) {
        Instant now = access.now();
        return access.onWritableSecret(secretId, now, secret -> {
            List<Tag> kept = new ArrayList<>();
            for (Tag tag : secret.metadata().tags()) {
                if (!tagKeys.contains(tag.key())) {
                    kept.add(tag);
                }
            }
            return updated(secret, retagged(secret.metadata(), kept), now);
        });
    }

    /** The tags after TagResource or UntagResource: from then on {@code Tags} is shown, even empty. */
    private static SecretMetadata retagged(SecretMetadata metadata, List<Tag> tags) {
        return metadata.toBuilder().tags(tags).everTagged(true).build();
    }

    SecretMetadata putResourcePolicy(String secretId, String policy, boolean blockPublicPolicy) {
        if (PolicyDocuments.isPublic(policy) && blockPublicPolicy) {
            throw Errors.publicPolicy();
        }
        Instant now = access.now();
        return access.onWritableSecret(
                secretId,
                now,
                secret -> updated(
                        secret,
                        secret.metadata().toBuilder().resourcePolicy(policy).build(),
                        now));
    }

    SecretMetadata getResourcePolicy(String secretId) {
        return access.describe(secretId).metadata();
    }

    SecretMetadata deleteResourcePolicy(String secretId) {
        Instant now = access.now();
        return access.onWritableSecret(secretId, now, secret -> {
            if (secret.metadata().resourcePolicy() == null) {
                return secret.metadata();
            }
            return updated(
                    secret, secret.metadata().toBuilder().resourcePolicy(null).build(), now);
        });
    }

    /**
     * ValidateResourcePolicy: a policy that breaks the grammar is {@code MalformedPolicyDocumentException};
     * a public one passes with a validation error.
     *
     * @return the validation errors, empty when the policy passes
     */
    List<PolicyValidationError> validateResourcePolicy(@Nullable String secretId, String policy) {
        if (secretId != null) {
            access.describe(secretId);
        }
        if (PolicyDocuments.isPublic(policy)) {
            return List.of(PolicyValidationError.BROAD_ACCESS);
        }
        return List.of();
    }
}
