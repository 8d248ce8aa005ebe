package io.github.mocksecretsmanager.internal.engine;

/**
 * A rotation the engine has started: its {@code AWSPENDING} version exists (without a value) and its
 * configuration is stored.
 *
 * @param secretArn the secret's ARN
 * @param secretName the secret's name
 * @param token the new version's id
 * @param lambdaArn the rotation function
 * @param testOnly {@code RotateImmediately=false}: only {@code testSecret} runs, then the version goes
 */
public record RotationStart(String secretArn, String secretName, String token, String lambdaArn, boolean testOnly) {}
