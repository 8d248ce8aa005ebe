package io.github.mocksecretsmanager.testcontainers;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs the class only with a Docker daemon and the {@code mock-secrets-manager} image at this
 * module's version (plus {@link #tagSuffix()}). Without them the class is skipped with the reason, or, under
 * {@code -Dmsm.requireTools=true} (as CI runs), fails. Put it before {@code @Testcontainers}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(DockerCondition.class)
@interface RequiresDocker {
    /** Appended to the image's tag: {@code "-localstack"} for the LocalStack variant. */
    String tagSuffix() default "";
}
