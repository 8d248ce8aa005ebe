package io.github.mocksecretsmanager.internal.engine;

import io.github.mocksecretsmanager.model.SecretMetadata;
import io.github.mocksecretsmanager.model.SecretVersion;

/**
 * A secret and one of its versions, as they were when an operation finished.
 *
 * @param version the version written or read; {@code null} when CreateSecret made no version
 */
public record VersionResult(SecretMetadata secret, SecretVersion version) {}
