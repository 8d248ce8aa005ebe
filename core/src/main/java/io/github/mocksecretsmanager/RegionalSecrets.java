package io.github.mocksecretsmanager;

import io.github.mocksecretsmanager.internal.engine.NewSecret;
import io.github.mocksecretsmanager.internal.engine.SecretsEngine;
import io.github.mocksecretsmanager.model.SecretSnapshot;
import io.github.mocksecretsmanager.model.SecretValue;
import io.github.mocksecretsmanager.model.SecretVersion;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The secrets of one account and region of a {@link MockSecretsManagerServer}, as AWS clients of that
 * region see them; get one with {@link MockSecretsManagerServer#inRegion(String)}. The server's own
 * {@code createSecret}, {@code secret}, {@code secrets} and {@code putSecretValue} act in its
 * configured region and account.
 *
 * <pre>{@code
 * server.inRegion("eu-west-1").createSecret("db-password", "s3cr3t");
 * }</pre>
 *
 * <p>Thread-safe; a cheap view, not a copy.
 */
public final class RegionalSecrets {

    private final SecretsEngine engine;

    RegionalSecrets(SecretsEngine engine) {
        this.engine = engine;
    }

    /** The region, e.g. {@code eu-west-1}. */
    public String region() {
        return engine.scope().region();
    }

    /** The twelve-digit account id. */
    public String accountId() {
        return engine.scope().accountId();
    }

    /** Creates a secret whose first version holds {@code value}, as CreateSecret with a SecretString would. */
    public SecretSnapshot createSecret(String name, String value) {
        return create(name, SecretValue.ofString(value));
    }

    /** Creates a secret whose first version holds binary {@code value}. */
    public SecretSnapshot createSecret(String name, byte[] value) {
        return create(name, SecretValue.ofBinary(value));
    }

    /**
     * Adds a version that becomes {@code AWSCURRENT}, as PutSecretValue without stages would; a replica
     * refuses, as on AWS.
     */
    public SecretVersion putSecretValue(String secretId, String value) {
        return engine.putSecretValue(secretId, SecretsEngine.newVersionId(), SecretValue.ofString(value), null)
                .requiredVersion();
    }

    /** The secret a name or ARN of this region and account refers to, with all its versions, if it exists. */
    public Optional<SecretSnapshot> secret(String secretId) {
        return engine.find(secretId);
    }

    /** Every secret of this region and account, replicas included, scheduled deletions too, sorted by name. */
    public List<SecretSnapshot> secrets() {
        List<SecretSnapshot> all = engine.snapshots();
        all.sort(Comparator.comparing(SecretSnapshot::name));
        return List.copyOf(all);
    }

    @Override
    public String toString() {
        return "RegionalSecrets[" + engine.scope() + "]";
    }

    SecretSnapshot create(String name, SecretValue value) {
        engine.createSecret(NewSecret.of(name, value));
        return engine.find(name).orElseThrow();
    }
}
