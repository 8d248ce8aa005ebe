package io.github.mocksecretsmanager.internal.engine;

/**
 * RotateSecret's {@code RotationRules}; each member may be {@code null}.
 *
 * @param automaticallyAfterDays days between rotations
 * @param duration the rotation window, e.g. {@code 3h}
 * @param scheduleExpression {@code rate(...)} or {@code cron(...)}
 */
public record RotationRules(Long automaticallyAfterDays, String duration, String scheduleExpression) {}
