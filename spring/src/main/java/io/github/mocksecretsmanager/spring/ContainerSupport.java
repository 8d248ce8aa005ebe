package io.github.mocksecretsmanager.spring;

import org.springframework.util.ClassUtils;

/**
 * Whether {@link ServiceConnectionContainers} may be loaded: the Testcontainers module and Boot's
 * Testcontainers support are both optional. Kept apart so that asking loads none of their classes.
 */
final class ContainerSupport {

    static final boolean PRESENT = present("io.github.mocksecretsmanager.testcontainers.SecretsManagerContainer")
            && present("org.springframework.boot.testcontainers.service.connection.ServiceConnection");

    private ContainerSupport() {}

    private static boolean present(String className) {
        return ClassUtils.isPresent(className, ContainerSupport.class.getClassLoader());
    }
}
