package io.github.mocksecretsmanager.testcontainers;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.AnnotationSupport;
import org.testcontainers.DockerClientFactory;

/** See {@link RequiresDocker}. Evaluated before any extension starts a container. */
final class DockerCondition implements ExecutionCondition {

    static final String REQUIRE_TOOLS_PROPERTY = "msm.requireTools";

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        String suffix = AnnotationSupport.findAnnotation(context.getElement(), RequiresDocker.class)
                .map(RequiresDocker::tagSuffix)
                .orElse("");
        String image = SecretsManagerContainer.localImage().asCanonicalNameString() + suffix;
        if (!DockerClientFactory.instance().isDockerAvailable()) {
            return missing("no Docker daemon answers (start Docker; on a machine without access to Docker Hub"
                    + " also set TESTCONTAINERS_RYUK_DISABLED=true and TESTCONTAINERS_HOST_OVERRIDE=localhost)");
        }
        if (!imageExists(image)) {
            return missing("the image " + image + " is not on the Docker daemon (build it with"
                    + " `mvn -B package -DskipTests -pl testcontainers-module -am`)");
        }
        return ConditionEvaluationResult.enabled("Docker and " + image + " are available");
    }

    private static boolean imageExists(String image) {
        try {
            DockerClientFactory.instance().client().inspectImageCmd(image).exec();
            return true;
        } catch (RuntimeException e) {
            return false;
        }
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
