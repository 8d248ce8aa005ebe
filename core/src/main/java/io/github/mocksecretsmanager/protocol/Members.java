package io.github.mocksecretsmanager.protocol;

import io.github.mocksecretsmanager.SecretValue;
import io.github.mocksecretsmanager.engine.AwsException;
import io.github.mocksecretsmanager.engine.ErrorCode;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Readers for request members that several operations share, with the API model's constraints. */
public final class Members {

    public static final int MAX_SECRET_BYTES = 65_536;

    private Members() {}

    public static String secretId(RequestFields request) {
        return request.requiredString("SecretId", 1, 2048);
    }

    public static String clientRequestToken(RequestFields request) {
        return request.optionalString("ClientRequestToken", 32, 64);
    }

    public static String versionId(RequestFields request, String member) {
        return request.optionalString(member, 32, 64);
    }

    /** {@code SecretString} or {@code SecretBinary}; {@code null} when neither is given. */
    public static SecretValue secretValue(RequestFields request) {
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
    public static List<String> versionStages(RequestFields request) {
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

    /** {@code RotationToken}: validated, then not used (no IAM here). */
    public static void rotationToken(RequestFields request) {
        String token = request.sensitiveString("RotationToken", 36, 256);
        if (token != null && !token.matches("[a-zA-Z0-9-]+")) {
            throw new AwsException(
                    ErrorCode.ValidationException,
                    "1 validation error detected: Value at 'rotationToken' failed to satisfy constraint: Member must"
                            + " satisfy regular expression pattern: ^[a-zA-Z0-9\\-]+$");
        }
    }
}
