package io.github.mocksecretsmanager.engine;

import io.github.mocksecretsmanager.SecretMetadata;
import io.github.mocksecretsmanager.SecretVersion;

/**
 * A secret and one of its versions, as they were when an operation finished.
 *
 * @param version the version written or read; {@code null} when CreateSecret made no version
 */
public record VersionResult(SecretMetadata secret, SecretVersion version) {}
