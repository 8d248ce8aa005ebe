package io.github.mocksecretsmanager.internal.engine;

import io.github.mocksecretsmanager.model.SecretMetadata;
import io.github.mocksecretsmanager.model.SecretVersion;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** One page of ListSecretVersionIds; {@code nextToken} is {@code null} on the last page. */
public record VersionPage(SecretMetadata secret, List<SecretVersion> versions, @Nullable String nextToken) {}
