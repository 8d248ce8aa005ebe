/**
 * What real AWS will not do on demand: fault rules ({@link io.github.mocksecretsmanager.faults.FaultRule},
 * added through {@link io.github.mocksecretsmanager.faults.FaultInjection}) and the clock a test moves
 * ({@link io.github.mocksecretsmanager.faults.ServerClock}). Shared by the in-JVM server and the container.
 */
@NullMarked
package io.github.mocksecretsmanager.faults;

import org.jspecify.annotations.NullMarked;
