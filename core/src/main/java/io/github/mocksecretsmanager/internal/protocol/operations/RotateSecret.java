package io.github.mocksecretsmanager.internal.protocol.operations;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.mocksecretsmanager.internal.engine.AwsException;
import io.github.mocksecretsmanager.internal.engine.ErrorCode;
import io.github.mocksecretsmanager.internal.engine.ExternalRotation;
import io.github.mocksecretsmanager.internal.engine.RotationRules;
import io.github.mocksecretsmanager.internal.engine.SecretsEngine;
import io.github.mocksecretsmanager.internal.engine.VersionResult;
import io.github.mocksecretsmanager.internal.protocol.Members;
import io.github.mocksecretsmanager.internal.protocol.Operation;
import io.github.mocksecretsmanager.internal.protocol.RequestFields;
import io.github.mocksecretsmanager.internal.protocol.ResponseJson;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * RotateSecret: records the configuration and starts the rotation function; a managed external
 * secret ({@code ExternalSecretRotationRoleArn}, {@code ExternalSecretRotationMetadata}) rotates
 * without one.
 */
final class RotateSecret implements Operation {

    private final SecretsEngine engine;

    RotateSecret(SecretsEngine engine) {
        this.engine = engine;
    }

    @Override
    public void invoke(RequestFields request, JsonGenerator out) throws IOException {
        String secretId = Members.secretId(request);
        String token = Members.clientRequestToken(request);
        String lambdaArn = request.optionalString("RotationLambdaARN", 0, 2048);
        RotationRules rules = rules(request);
        boolean rotateImmediately = !request.has("RotateImmediately") || request.optionalBoolean("RotateImmediately");
        String roleArn = request.optionalString("ExternalSecretRotationRoleArn", 20, 2048);
        Map<String, String> metadata = externalMetadata(request);
        ExternalRotation external =
                roleArn == null && metadata == null ? null : new ExternalRotation(metadata, roleArn);
        VersionResult result = engine.rotateSecret(
                secretId,
                token,
                lambdaArn == null || lambdaArn.isEmpty() ? null : lambdaArn,
                rules,
                rotateImmediately,
                external);
        out.writeStartObject();
        ResponseJson.writeSecretRef(out, result.secret());
        if (result.version() != null) {
            out.writeStringField("VersionId", result.version().versionId());
        }
        out.writeEndObject();
    }

    /** {@code ExternalSecretRotationMetadata}: Key 1–256 and Value 1–2048 characters, as the API reference says. */
    private static @Nullable Map<String, String> externalMetadata(RequestFields request) {
        List<RequestFields> items = request.optionalObjectList("ExternalSecretRotationMetadata");
        if (items == null) {
            return null;
        }
        Map<String, String> metadata = new LinkedHashMap<>();
        for (RequestFields item : items) {
            String key = item.optionalString("Key", 1, 256);
            String value = item.optionalString("Value", 1, 2048);
            if (key == null || value == null) {
                throw new AwsException(
                        ErrorCode.InvalidParameterException,
                        "Each ExternalSecretRotationMetadata item must have a Key and a Value.");
            }
            metadata.put(key, value);
        }
        return metadata;
    }

    private static @Nullable RotationRules rules(RequestFields request) {
        RequestFields rules = request.optionalObject("RotationRules");
        if (rules == null) {
            return null;
        }
        Integer days = rules.optionalInt("AutomaticallyAfterDays", 1, 1000);
        String duration = rules.optionalString("Duration", 2, 3);
        if (duration != null) {
            RequestFields.checkPattern("Duration", duration, "[0-9h]+");
        }
        String schedule = rules.optionalString("ScheduleExpression", 1, 256);
        if (schedule != null) {
            RequestFields.checkPattern("ScheduleExpression", schedule, "[0-9A-Za-z\\(\\)#\\?\\*\\-\\/, ]+");
        }
        if (days == null && duration == null && schedule == null) {
            throw new AwsException(
                    ErrorCode.InvalidParameterException,
                    "RotationRules must have AutomaticallyAfterDays or ScheduleExpression.");
        }
        return new RotationRules(days == null ? null : days.longValue(), duration, schedule);
    }
}
