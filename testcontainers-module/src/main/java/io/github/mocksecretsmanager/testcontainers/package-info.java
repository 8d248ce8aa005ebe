/**
 * The Testcontainers module: {@link io.github.mocksecretsmanager.testcontainers.SecretsManagerContainer}.
 * Public API.
 *
 * <p>Every type is non-null unless marked {@code @Nullable}.
 */
@NullMarked
package io.github.mocksecretsmanager.testcontainers;

import org.jspecify.annotations.NullMarked;
