package io.github.mocksecretsmanager.model;

import java.time.Instant;

/**
 * A secret's rotation configuration, as RotateSecret recorded it. The emulator never calls a Lambda.
 *
 * @param enabled whether automatic rotation is on ({@code false} after CancelRotateSecret)
 * @param lambdaArn the rotation function's ARN, or {@code null}
 * @param automaticallyAfterDays {@code RotationRules.AutomaticallyAfterDays}, or {@code null}
 * @param duration {@code RotationRules.Duration}, or {@code null}
 * @param scheduleExpression {@code RotationRules.ScheduleExpression}, or {@code null}
 * @param lastRotatedDate when a rotation last started, or {@code null}
 * @param nextRotationDate when the next rotation is due, or {@code null} when unknown (a cron schedule)
 *     or rotation is off
 */
public record RotationSettings(
        boolean enabled,
        String lambdaArn,
        Long automaticallyAfterDays,
        String duration,
        String scheduleExpression,
        Instant lastRotatedDate,
        Instant nextRotationDate) {

    public boolean hasRules() {
        return automaticallyAfterDays != null || duration != null || scheduleExpression != null;
    }
}
