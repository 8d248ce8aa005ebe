package io.github.mocksecretsmanager.internal.protocol;

import io.github.mocksecretsmanager.internal.engine.AwsException;
import io.github.mocksecretsmanager.internal.engine.ErrorCode;
import io.github.mocksecretsmanager.internal.engine.SecretFilter;
import io.github.mocksecretsmanager.model.ReplicaRegion;
import io.github.mocksecretsmanager.model.SecretValue;
import io.github.mocksecretsmanager.model.Tag;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Readers for request members that several operations share, with the API model's constraints. */
public final class Members {

    static final int MAX_SECRET_BYTES = 65_536;
    static final int MAX_TAGS = 50;
    static final int MAX_FILTERS = 10;
    static final String FILTER_VALUE_PATTERN = "^\\!?[a-zA-Z0-9 :_@\\/\\+\\=\\.\\-\\!]*$";
    static final String REGION_PATTERN = "^([a-z]+-)+\\d+$";
    static final List<String> FILTER_KEYS = Arrays.stream(SecretFilter.Key.values())
            .map(SecretFilter.Key::wireName)
            .toList();

    private Members() {}

    public static String secretId(RequestFields request) {
        return request.requiredString("SecretId", 1, 2048);
    }

    public static @Nullable String clientRequestToken(RequestFields request) {
        return request.optionalString("ClientRequestToken", 32, 64);
    }

    public static @Nullable String versionId(RequestFields request, String member) {
        return request.optionalString(member, 32, 64);
    }

    /** {@code SecretString} or {@code SecretBinary}; {@code null} when neither is given. */
    public static @Nullable SecretValue secretValue(RequestFields request) {
        String string = request.sensitiveString("SecretString", 1, MAX_SECRET_BYTES);
        byte[] binary = request.optionalBlob("SecretBinary", 1, MAX_SECRET_BYTES);
        if (string != null && binary != null) {
            throw new AwsException(
                    ErrorCode.InvalidParameterException,
                    "You can't specify both a binary secret value and a string secret value in the same secret.");
        }
        if (string != null) {
            return SecretValue.ofString(string);
        }
        return binary == null ? null : SecretValue.ofBinary(binary);
    }

    /** {@code VersionStages}: 1 to 20 distinct labels of 1 to 256 characters, or {@code null}. */
    public static @Nullable List<String> versionStages(RequestFields request) {
        List<String> stages = request.optionalStringList("VersionStages", 1, 20, 1, 256);
        if (stages != null) {
            Set<String> seen = new HashSet<>();
            for (String stage : stages) {
                if (!seen.add(stage)) {
                    throw new AwsException(
                            ErrorCode.InvalidParameterException,
                            "The staging label " + stage + " appears more than once in VersionStages.");
                }
            }
        }
        return stages;
    }

    /**
     * {@code RotationToken}: what a rotation function passes on from its event; the engine checks it
     * against the rotation under way.
     */
    public static @Nullable String rotationToken(RequestFields request) {
        String token = request.sensitiveString("RotationToken", 36, 256);
        if (token != null && !token.matches("[a-zA-Z0-9-]+")) {
            throw new AwsException(
                    ErrorCode.ValidationException,
                    "1 validation error detected: Value at 'rotationToken' failed to satisfy constraint: Member must"
                            + " satisfy regular expression pattern: ^[a-zA-Z0-9\\-]+$");
        }
        return token;
    }

    /** {@code Tags}: up to 50 of {@code {Key, Value}}; an empty list when absent. */
    public static List<Tag> tags(RequestFields request) {
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

    /** {@code Filters} of ListSecrets and BatchGetSecretValue; an empty list when absent. */
    public static List<SecretFilter> filters(RequestFields request) {
        List<RequestFields> entries = request.optionalObjectList("Filters");
        if (entries == null) {
            return List.of();
        }
        if (entries.size() > MAX_FILTERS) {
            throw new AwsException(
                    ErrorCode.ValidationException,
                    "1 validation error detected: Value at 'filters' failed to satisfy constraint: Member must have"
                            + " length less than or equal to " + MAX_FILTERS);
        }
        List<SecretFilter> filters = new ArrayList<>(entries.size());
        for (RequestFields entry : entries) {
            String key = entry.optionalEnum("Key", FILTER_KEYS);
            if (key == null) {
                throw new AwsException(
                        ErrorCode.InvalidParameterException, "Each filter must have a Key and at least one value.");
            }
            List<String> values = entry.optionalStringList("Values", 1, 10, 0, 512);
            if (values == null) {
                throw new AwsException(
                        ErrorCode.InvalidParameterException, "Each filter must have a Key and at least one value.");
            }
            for (String value : values) {
                RequestFields.checkPattern("Values.member", value, FILTER_VALUE_PATTERN);
            }
            filters.add(new SecretFilter(SecretFilter.Key.fromWireName(key), values));
        }
        return filters;
    }

    /** {@code AddReplicaRegions}: regions with an optional KMS key each; an empty list when absent. */
    public static List<ReplicaRegion> addReplicaRegions(RequestFields request) {
        List<RequestFields> entries = request.optionalObjectList("AddReplicaRegions");
        if (entries == null) {
            return List.of();
        }
        if (entries.isEmpty()) {
            throw new AwsException(
                    ErrorCode.ValidationException,
                    "1 validation error detected: Value at 'addReplicaRegions' failed to satisfy constraint: Member"
                            + " must have length greater than or equal to 1");
        }
        List<ReplicaRegion> regions = new ArrayList<>(entries.size());
        for (RequestFields entry : entries) {
            String region = region(entry.requiredString("Region", 1, 128));
            String kmsKeyId = entry.optionalString("KmsKeyId", 0, 2048);
            regions.add(ReplicaRegion.inSync(region, kmsKeyId == null || kmsKeyId.isEmpty() ? null : kmsKeyId));
        }
        return regions;
    }

    /** A region name, with the API model's pattern. */
    public static String region(String region) {
        RequestFields.checkPattern("Region", region, REGION_PATTERN);
        return region;
    }
}
