package io.github.mocksecretsmanager.internal.engine;

/** Which secret a request was about: its name and full ARN. */
public record SecretRef(String name, String arn) {}
