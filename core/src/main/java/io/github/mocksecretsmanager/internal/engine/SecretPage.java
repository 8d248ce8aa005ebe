package io.github.mocksecretsmanager.internal.engine;

import io.github.mocksecretsmanager.model.SecretSnapshot;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** One page of ListSecrets; {@code nextToken} is {@code null} on the last page. */
public record SecretPage(List<SecretSnapshot> secrets, @Nullable String nextToken) {}
