package io.github.mocksecretsmanager.docs;

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
 * Runs the class only with a Docker daemon and the {@code mock-secrets-manager} image of this
 * version (built by testcontainers-module, earlier in the reactor). Without them the class is skipped
 * with the reason, or, under {@code -Dmsm.requireTools=true} (as CI runs), fails. Put it before
 * {@code @Testcontainers}, outside the snippet.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(RequiresDocker.Condition.class)
@interface RequiresDocker {

    final class Condition implements ExecutionCondition {

        static final String REQUIRE_TOOLS_PROPERTY = "msm.requireTools";

        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            if (!DockerClientFactory.instance().isDockerAvailable()) {
                return missing("no Docker daemon answers (start Docker; on a machine without access to Docker Hub"
                        + " also set TESTCONTAINERS_RYUK_DISABLED=true and TESTCONTAINERS_HOST_OVERRIDE=localhost)");
            }
            String image;
            try {
                // The local build of this version when the daemon has it, else the published image
                // (pulled here), or, for a SNAPSHOT without the local image, an error saying what to build.
                image = new SecretsManagerContainer().getDockerImageName();
                DockerClientFactory.instance().client().inspectImageCmd(image).exec();
            } catch (RuntimeException e) {
                return missing("the image of this version is not on the Docker daemon (build it with"
                        + " `mvn -B package -DskipTests -pl testcontainers-module -am`): " + rootMessage(e));
            }
            return ConditionEvaluationResult.enabled("Docker and " + image + " are available");
        }

        private static String rootMessage(Throwable e) {
            Throwable cause = e;
            while (cause.getCause() != null) {
                cause = cause.getCause();
            }
            return String.valueOf(cause.getMessage());
        }

        private static ConditionEvaluationResult missing(String reason) {
            if (Boolean.parseBoolean(
                    System.getProperty(REQUIRE_TOOLS_PROPERTY, "false").trim())) {
                throw new IllegalStateException("Container tests cannot run: " + reason + ". They are required: -D"
                        + REQUIRE_TOOLS_PROPERTY + "=true is set (as in CI), so they fail instead of skipping.");
            }
            return ConditionEvaluationResult.disabled("Skipping container tests: " + reason + ". Run with -D"
                    + REQUIRE_TOOLS_PROPERTY + "=true to make this a failure.");
        }
    }
}
