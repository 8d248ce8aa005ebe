package io.github.mocksecretsmanager.internal.protocol.operations;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.mocksecretsmanager.internal.engine.AwsException;
import io.github.mocksecretsmanager.internal.engine.ErrorCode;
import io.github.mocksecretsmanager.internal.engine.RotationRules;
import io.github.mocksecretsmanager.internal.engine.SecretsEngine;
import io.github.mocksecretsmanager.internal.engine.VersionResult;
import io.github.mocksecretsmanager.internal.protocol.Members;
import io.github.mocksecretsmanager.internal.protocol.Operation;
import io.github.mocksecretsmanager.internal.protocol.RequestFields;
import io.github.mocksecretsmanager.internal.protocol.ResponseJson;
import java.io.IOException;
import org.jspecify.annotations.Nullable;

/**
 * RotateSecret: records the configuration; {@code RotateImmediately} (default true) adds an
 * {@code AWSPENDING} version. No Lambda function is called.
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
        request.optionalString("ExternalSecretRotationRoleArn", 20, 2048);
        request.optionalObjectList("ExternalSecretRotationMetadata");
        VersionResult result = engine.rotateSecret(
                secretId, token, lambdaArn == null || lambdaArn.isEmpty() ? null : lambdaArn, rules, rotateImmediately);
        out.writeStartObject();
        ResponseJson.writeSecretRef(out, result.secret());
        if (result.version() != null) {
            out.writeStringField("VersionId", result.version().versionId());
        }
        out.writeEndObject();
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
