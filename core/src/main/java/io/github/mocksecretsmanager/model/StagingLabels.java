package io.github.mocksecretsmanager.model;

/** The staging labels Secrets Manager itself gives meaning to. */
public final class StagingLabels {
    public static final String CURRENT = "AWSCURRENT";
    public static final String PREVIOUS = "AWSPREVIOUS";
    public static final String PENDING = "AWSPENDING";

    private StagingLabels() {}
}
