package io.github.mocksecretsmanager.internal.protocol;

import io.github.mocksecretsmanager.faults.FaultInjection;
import io.github.mocksecretsmanager.faults.FaultRule;
import io.github.mocksecretsmanager.internal.engine.SecretRef;
import io.github.mocksecretsmanager.internal.engine.SecretsEngine;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;

/**
 * A server's fault rules, tried in the order they were added. Thread-safe: the list is copied on
 * write, and each rule's remaining count and random sequence are guarded by the rule itself.
 */
public final class FaultRules implements FaultInjection {

    private final CopyOnWriteArrayList<ActiveRule> rules = new CopyOnWriteArrayList<>();
    private final AtomicLong lastId = new AtomicLong();

    public FaultRules() {}

    /** What a rule that fired does to one request; {@code delay} is set for latency only. */
    public record Firing(FaultRule rule, @Nullable Duration delay) {

        /** For the journal: the error type, {@code "latency 137ms"}, {@code "connection reset"}. */
        public String description() {
            return delay == null ? rule.description() : "latency " + delay.toMillis() + "ms";
        }
    }

    @Override
    public String addFault(FaultRule rule) {
        String id = "fault-" + lastId.incrementAndGet();
        rules.add(new ActiveRule(Objects.requireNonNull(rule, "rule").withId(id)));
        return id;
    }

    @Override
    public List<FaultRule> faults() {
        return rules.stream().map(ActiveRule::rule).toList();
    }

    @Override
    public void removeFault(String id) {
        rules.removeIf(active -> id.equals(active.rule().id()));
    }

    @Override
    public void removeFaults() {
        rules.clear();
    }

    /**
     * The first rule that matches the request and fires, or {@code null}; a rule with a count uses one
     * up, and goes when none is left.
     *
     * @param secretId the request's {@code SecretId} (or {@code Name}), or {@code null}
     * @param engine the engine of the request's account and region, where {@code secretId} is looked up
     */
    @Nullable
    Firing fire(String operation, @Nullable String secretId, SecretsEngine engine) {
        if (rules.isEmpty()) {
            return null;
        }
        for (ActiveRule active : rules) {
            if (matches(active.rule(), operation, secretId, engine)) {
                Firing firing = active.tryFire();
                if (active.isUsedUp()) {
                    rules.remove(active);
                }
                if (firing != null) {
                    return firing;
                }
            }
        }
        return null;
    }

    private boolean matches(FaultRule rule, String operation, @Nullable String secretId, SecretsEngine engine) {
        if (rule.operation() != null && !operation.equals(rule.operation())) {
            return false;
        }
        String wanted = rule.secretId();
        if (wanted == null) {
            return true;
        }
        if (secretId == null) {
            return false;
        }
        if (wanted.equals(secretId)) {
            return true;
        }
        SecretRef wantedSecret = engine.identify(wanted);
        SecretRef requested = engine.identify(secretId);
        return wantedSecret != null && requested != null && wantedSecret.arn().equals(requested.arn());
    }

    private static final class ActiveRule {
        private final FaultRule rule;
        private final @Nullable Random random;
        private int remaining;

        ActiveRule(FaultRule rule) {
            this.rule = rule;
            this.random = rule.probability() < 1.0 ? new Random(rule.seed()) : null;
            this.remaining = rule.count();
        }

        FaultRule rule() {
            return rule;
        }

        synchronized boolean isUsedUp() {
            return rule.count() > 0 && remaining == 0;
        }

        synchronized @Nullable Firing tryFire() {
            if (isUsedUp() || (random != null && random.nextDouble() >= rule.probability())) {
                return null;
            }
            if (rule.count() > 0) {
                remaining--;
            }
            return new Firing(rule, delay());
        }

        private @Nullable Duration delay() {
            Duration min = rule.latencyMin();
            Duration max = rule.latencyMax();
            if (min == null || max == null) {
                return null;
            }
            long spread = max.toMillis() - min.toMillis();
            if (spread <= 0) {
                return min;
            }
            long extra = random != null
                    ? (long) (random.nextDouble() * (spread + 1))
                    : ThreadLocalRandom.current().nextLong(spread + 1);
            return min.plusMillis(extra);
        }
    }
}
