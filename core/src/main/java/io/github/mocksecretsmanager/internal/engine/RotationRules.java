package io.github.mocksecretsmanager.internal.engine;

import org.jspecify.annotations.Nullable;

/**
 * RotateSecret's {@code RotationRules}; each member may be {@code null}.
 *
 * @param automaticallyAfterDays days between rotations
 * @param duration the rotation window, e.g. {@code 3h}
 * @param scheduleExpression {@code rate(...)} or {@code cron(...)}
 */
public record RotationRules(
        @Nullable Long automaticallyAfterDays, @Nullable String duration, @Nullable String scheduleExpression) {}
