package io.github.mocksecretsmanager.spring;

import io.github.mocksecretsmanager.Credentials;
import io.github.mocksecretsmanager.testcontainers.SecretsManagerContainer;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.core.annotation.MergedAnnotations;
import org.springframework.util.ReflectionUtils;

/**
 * Finds the {@link SecretsManagerContainer} a test class offers as a service connection: a static
 * field annotated {@link ServiceConnection}, in the class, its superclasses or its enclosing
 * classes. Only loaded when {@link ContainerSupport#PRESENT}.
 */
final class ServiceConnectionContainers {

    private ServiceConnectionContainers() {}

    /** The container's properties, starting it first if nothing has yet. */
    static Optional<ServerPropertySource> propertiesFor(Class<?> testClass) {
        return Optional.ofNullable(find(testClass)).map(container -> {
            if (!container.isRunning()) {
                container.start();
            }
            return ServerPropertySource.of(
                    container.getEndpoint(),
                    container.getRegion(),
                    new Credentials(container.getAccessKey(), container.getSecretKey()));
        });
    }

    static @Nullable SecretsManagerContainer find(Class<?> testClass) {
        for (Class<?> type = testClass; type != null; type = type.getEnclosingClass()) {
            SecretsManagerContainer[] found = new SecretsManagerContainer[1];
            ReflectionUtils.doWithFields(
                    type,
                    field -> {
                        if (found[0] == null) {
                            found[0] = read(field);
                        }
                    },
                    ServiceConnectionContainers::isCandidate);
            if (found[0] != null) {
                return found[0];
            }
        }
        return null;
    }

    private static boolean isCandidate(Field field) {
        return Modifier.isStatic(field.getModifiers())
                && SecretsManagerContainer.class.isAssignableFrom(field.getType())
                && MergedAnnotations.from(field).isPresent(ServiceConnection.class);
    }

    private static @Nullable SecretsManagerContainer read(Field field) {
        ReflectionUtils.makeAccessible(field);
        return (SecretsManagerContainer) ReflectionUtils.getField(field, null);
    }
}
