/**
 * The request journal: what the emulator received ({@link io.github.mocksecretsmanager.journal.RecordedRequest}),
 * patterns to find and count requests ({@link io.github.mocksecretsmanager.journal.RequestPattern},
 * {@link io.github.mocksecretsmanager.journal.Times}), and verification with near misses
 * ({@link io.github.mocksecretsmanager.journal.RequestJournal#verify}). Never a secret value.
 */
@NullMarked
package io.github.mocksecretsmanager.journal;

import org.jspecify.annotations.NullMarked;
