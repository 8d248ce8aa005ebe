/**
 * {@code @MockSecretsManager} in Spring tests. Nothing here is called by user code: with this module
 * on the test class path, Spring's test framework, Spring Boot and the JUnit extension find its
 * classes through {@code META-INF/spring.factories} and {@code META-INF/services}.
 *
 * <p>Every type is non-null unless marked {@code @Nullable}.
 */
@NullMarked
package io.github.mocksecretsmanager.spring;

import org.jspecify.annotations.NullMarked;
