/**
 * The embeddable server: {@link io.github.mocksecretsmanager.MockSecretsManagerServer}, its
 * {@link io.github.mocksecretsmanager.ServerConfig}, {@link io.github.mocksecretsmanager.SeedSecret}
 * and {@link io.github.mocksecretsmanager.Credentials}. Public API.
 *
 * <p>Every type is non-null unless marked {@code @Nullable}.
 */
@NullMarked
package io.github.mocksecretsmanager;

import org.jspecify.annotations.NullMarked;
