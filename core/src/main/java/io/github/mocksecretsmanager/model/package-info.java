/**
 * Immutable snapshots of secrets, as the server's Java API returns them. Public API.
 *
 * <p>Every type is non-null unless marked {@code @Nullable}.
 */
@NullMarked
package io.github.mocksecretsmanager.model;

import org.jspecify.annotations.NullMarked;
