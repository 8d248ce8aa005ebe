/**
 * The Secrets Manager operations on typed arguments, independent of HTTP. Internal: not API, may
 * change in any release.
 */
@NullMarked
package io.github.mocksecretsmanager.internal.engine;

import org.jspecify.annotations.NullMarked;
