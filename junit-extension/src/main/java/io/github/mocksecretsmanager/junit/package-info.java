/**
 * The JUnit 5 extension: {@link io.github.mocksecretsmanager.junit.MockSecretsManager} and
 * {@link io.github.mocksecretsmanager.junit.MockSecretsManagerExtension}. Public API.
 *
 * <p>Every type is non-null unless marked {@code @Nullable}.
 */
@NullMarked
package io.github.mocksecretsmanager.junit;

import org.jspecify.annotations.NullMarked;
