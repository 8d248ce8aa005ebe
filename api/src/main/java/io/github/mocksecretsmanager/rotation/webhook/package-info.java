/**
 * {@link io.github.mocksecretsmanager.rotation.webhook.RotationWebhookServer}: a rotation function of
 * this JVM served as a webhook, for a server in a container or another process.
 */
@NullMarked
package io.github.mocksecretsmanager.rotation.webhook;

import org.jspecify.annotations.NullMarked;
