package io.github.mocksecretsmanager.engine;

import io.github.mocksecretsmanager.SecretSnapshot;
import java.util.List;

/** One page of ListSecrets; {@code nextToken} is {@code null} on the last page. */
public record SecretPage(List<SecretSnapshot> secrets, String nextToken) {}
