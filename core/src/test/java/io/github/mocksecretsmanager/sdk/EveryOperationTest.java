package io.github.mocksecretsmanager.sdk;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mocksecretsmanager.testsupport.ServerTest;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.secretsmanager.model.SecretsManagerException;
import software.amazon.awssdk.services.secretsmanager.model.SecretsManagerRequest;
import software.amazon.awssdk.utils.builder.SdkBuilder;

/**
 * Every operation of the SDK's {@code SecretsManagerClient}, found by reflection, reaches an
 * implementation: an empty request gets an answer or a validation error, never "not supported".
 */
class EveryOperationTest extends ServerTest {

    static Stream<Method> operations() {
        List<Method> operations = new ArrayList<>();
        for (Method method : SecretsManagerClient.class.getMethods()) {
            if (method.getParameterCount() == 1
                    && SecretsManagerRequest.class.isAssignableFrom(method.getParameterTypes()[0])
                    && !method.getName().endsWith("Paginator")) {
                operations.add(method);
            }
        }
        assertThat(operations).hasSizeGreaterThanOrEqualTo(23);
        return operations.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("operations")
    void answersAnEmptyRequestWithoutUnknownOperation(Method operation) throws Exception {
        SdkBuilder<?, ?> builder = (SdkBuilder<?, ?>)
                operation.getParameterTypes()[0].getMethod("builder").invoke(null);
        Object request = builder.build();
        try {
            operation.invoke(client, request);
        } catch (InvocationTargetException e) {
            assertThat(e.getCause()).isInstanceOf(SecretsManagerException.class);
            SecretsManagerException error = (SecretsManagerException) e.getCause();
            assertThat(error.statusCode()).isEqualTo(400);
            assertThat(error.awsErrorDetails().errorCode()).isNotEqualTo("UnknownOperationException");
            assertThat(error.getMessage()).doesNotContain("not supported");
        }
    }
}
