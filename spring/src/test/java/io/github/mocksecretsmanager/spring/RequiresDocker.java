package io.github.mocksecretsmanager.spring;

import io.github.mocksecretsmanager.testcontainers.SecretsManagerContainer;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.testcontainers.DockerClientFactory;

/**
 * Skips the class, with the reason, when there is no Docker daemon or it has not the image of this
 * version (the local build, {@code mock-secrets-manager:<version>}, or the published one, pulled). With {@code -Dmsm.requireTools=true}, as this
 * project's CI runs, it fails instead. {@code @Testcontainers(disabledWithoutDocker = true)} is the
 * one-line alternative, without the reason and without the image check.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(RequiresDocker.Condition.class)
@interface RequiresDocker {

    final class Condition implements ExecutionCondition {

        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            if (!DockerClientFactory.instance().isDockerAvailable()) {
                return unavailable("no Docker daemon answers (on a machine without access to Docker Hub,"
                        + " set TESTCONTAINERS_RYUK_DISABLED=true and TESTCONTAINERS_HOST_OVERRIDE=localhost)");
            }
            String image;
            try {
                // The local build of this version when the daemon has it, else the published image
                // (pulled here), or, for a SNAPSHOT without the local image, an error saying what to build.
                image = new SecretsManagerContainer().getDockerImageName();
                DockerClientFactory.instance().client().inspectImageCmd(image).exec();
            } catch (RuntimeException e) {
                Throwable cause = e;
                while (cause.getCause() != null) {
                    cause = cause.getCause();
                }
                return unavailable("the image of this version is not on the Docker daemon (build it with"
                        + " `mvn -B package -DskipTests -pl testcontainers-module -am`): " + cause.getMessage());
            }
            return ConditionEvaluationResult.enabled("Docker and " + image + " are available");
        }

        private static ConditionEvaluationResult unavailable(String reason) {
            if (Boolean.getBoolean("msm.requireTools")) {
                throw new IllegalStateException("Container tests cannot run: " + reason
                        + ". -Dmsm.requireTools=true is set, so they fail instead of skipping.");
            }
            return ConditionEvaluationResult.disabled("Skipping container tests: " + reason
                    + ". Run with -Dmsm.requireTools=true to make this a failure.");
        }
    }
}
