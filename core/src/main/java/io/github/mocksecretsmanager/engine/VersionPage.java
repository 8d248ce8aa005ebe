package io.github.mocksecretsmanager.engine;

import io.github.mocksecretsmanager.SecretMetadata;
import io.github.mocksecretsmanager.SecretVersion;
import java.util.List;

/** One page of ListSecretVersionIds; {@code nextToken} is {@code null} on the last page. */
public record VersionPage(SecretMetadata secret, List<SecretVersion> versions, String nextToken) {}
