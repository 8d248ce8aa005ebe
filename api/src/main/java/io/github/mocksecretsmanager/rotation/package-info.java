/**
 * Rotation functions run by the emulator, as Secrets Manager runs a rotation Lambda: the four {@link
 * io.github.mocksecretsmanager.rotation.RotationStep steps}, the {@link
 * io.github.mocksecretsmanager.rotation.RotationEvent event} each receives, the {@link
 * io.github.mocksecretsmanager.rotation.Rotation state} of a rotation, and {@link
 * io.github.mocksecretsmanager.rotation.RotationControl} to register functions, pause, resume and await
 * rotations. Shared by the in-JVM server and the container.
 */
@NullMarked
package io.github.mocksecretsmanager.rotation;

import org.jspecify.annotations.NullMarked;
