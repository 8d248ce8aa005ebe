/**
 * One class per Secrets Manager action, reached through {@link
 * io.github.mocksecretsmanager.internal.protocol.operations.Operations}. Internal: not API, may
 * change in any release.
 */
@NullMarked
package io.github.mocksecretsmanager.internal.protocol.operations;

import org.jspecify.annotations.NullMarked;
