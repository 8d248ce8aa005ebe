/**
 * The AWS wire protocol (awsJson1_1) over Undertow: request parsing, signatures, responses, errors.
 * Internal: not API, may change in any release.
 */
@NullMarked
package io.github.mocksecretsmanager.internal.protocol;

import org.jspecify.annotations.NullMarked;
