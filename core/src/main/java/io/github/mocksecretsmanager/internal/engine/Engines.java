package io.github.mocksecretsmanager.internal.engine;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * Every (account, region) of one server, each a {@link SecretsEngine} with its own secrets and ARNs,
 * created the first time a request acts in it. Replication and cross-account ARNs reach from one
 * engine into another through here.
 */
public final class Engines {

    private final ConcurrentHashMap<Scope, SecretsEngine> engines = new ConcurrentHashMap<>();
    private final Scope defaultScope;
    private final Clock clock;
    private final int versionLimit;
    private final RotationLauncher launcher;
    private final PurgedSecrets purged;

    /**
     * @param defaultScope the account and region of requests that name neither
     * @param versionLimit the most versions one secret may hold (AWS's undocumented quota); 0 for none
     * @param launcher runs rotation functions once RotateSecret has answered, and hears of every secret
     *     gone for good
     */
    public Engines(Scope defaultScope, Clock clock, int versionLimit, RotationLauncher launcher) {
        this.defaultScope = defaultScope;
        this.clock = clock;
        this.versionLimit = versionLimit;
        this.launcher = launcher;
        this.purged = new PurgedSecrets(launcher);
        engine(defaultScope);
    }

    /** The account and region of requests that name neither. */
    public Scope defaultScope() {
        return defaultScope;
    }

    /** The engine of the default account and region. */
    public SecretsEngine defaultEngine() {
        return engine(defaultScope);
    }

    /** The engine of {@code scope}, created empty the first time. */
    public SecretsEngine engine(Scope scope) {
        SecretsEngine engine = engines.get(scope);
        return engine != null ? engine : engines.computeIfAbsent(scope, this::create);
    }

    /** The engine of {@code scope} if a request or replica ever acted in it, else {@code null}. */
    @Nullable
    SecretsEngine existing(Scope scope) {
        return engines.get(scope);
    }

    /**
     * The engine whose secrets an ARN would name ({@code arn:<partition>:secretsmanager:<region>:<account>:...}),
     * or {@code null} when the text is no such ARN or that engine was never used.
     */
    public @Nullable SecretsEngine forArn(String arn) {
        Scope scope = SecretArns.scopeOf(arn);
        return scope == null ? null : engines.get(scope);
    }

    /** Every engine used so far, in no particular order. */
    public List<SecretsEngine> all() {
        return new ArrayList<>(engines.values());
    }

    /**
     * Does what time alone does on AWS in every account and region: removes secrets whose deletion
     * date has come, prunes versions and starts the rotations that are due.
     */
    public void runDueWork() {
        for (SecretsEngine engine : engines.values()) {
            engine.runDueWork();
        }
    }

    /** Removes every secret of every account and region. */
    public void reset() {
        for (SecretsEngine engine : engines.values()) {
            engine.reset();
        }
    }

    private SecretsEngine create(Scope scope) {
        return new SecretsEngine(scope, this, clock, versionLimit, launcher, purged);
    }
}
