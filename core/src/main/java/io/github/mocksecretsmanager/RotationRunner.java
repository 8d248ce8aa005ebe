package io.github.mocksecretsmanager;

import io.github.mocksecretsmanager.internal.engine.AwsException;
import io.github.mocksecretsmanager.internal.engine.Engines;
import io.github.mocksecretsmanager.internal.engine.RotationLauncher;
import io.github.mocksecretsmanager.internal.engine.RotationStart;
import io.github.mocksecretsmanager.internal.engine.SecretRef;
import io.github.mocksecretsmanager.internal.engine.SecretsEngine;
import io.github.mocksecretsmanager.rotation.Rotation;
import io.github.mocksecretsmanager.rotation.RotationEvent;
import io.github.mocksecretsmanager.rotation.RotationFunction;
import io.github.mocksecretsmanager.rotation.RotationState;
import io.github.mocksecretsmanager.rotation.RotationStep;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs rotation functions the way Secrets Manager invokes a rotation Lambda: after RotateSecret has
 * answered, the four steps one after the other, each on a thread of this runner's, never under a lock
 * of the engine's or on an IO thread, so the function's own calls back into the server never wait on
 * the rotation. A step that throws fails the rotation and leaves what the function did in place.
 * What it keeps of a secret's rotations lasts until a reset or until the engine reports the secret
 * {@linkplain #purged purged}, so a long-running server does not collect the rotations of deleted
 * secrets.
 *
 * <p>Thread safety: the map of rotations is concurrent; a rotation's state changes under this
 * runner's monitor, which is never held while a function runs or the engine is called.
 */
final class RotationRunner implements RotationLauncher {

    private static final Logger LOG = LoggerFactory.getLogger(RotationRunner.class);
    private static final List<RotationStep> ALL_STEPS = List.of(RotationStep.values());

    private final boolean functionsRequired;
    private final Map<String, RotationFunction> configured;
    private final Map<String, RotationFunction> functions = new ConcurrentHashMap<>();
    /** Secret ARN to its latest rotation, while the secret exists. */
    private final Map<String, Run> latest = new ConcurrentHashMap<>();
    /** Secret ARN to the step its next rotation pauses after. */
    private final Map<String, RotationStep> pausesAhead = new ConcurrentHashMap<>();

    private final ExecutorService steps;
    private @Nullable Engines engines;

    RotationRunner(ServerConfig config) {
        this.functionsRequired = config.rotationFunctionsRequired();
        this.configured = config.rotationFunctions();
        this.functions.putAll(configured);
        AtomicInteger threads = new AtomicInteger();
        this.steps = Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "msm-rotation-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /** The engines whose secrets this runner rotates; set once, before the server takes requests. */
    void bind(Engines engines) {
        this.engines = engines;
    }

    /** The engine of the account and region an ARN names; the default one for a name. */
    private SecretsEngine engine(String secretId) {
        Engines bound = Objects.requireNonNull(engines, "the runner is not bound to an engine");
        SecretsEngine engine = bound.forArn(secretId);
        return engine != null ? engine : bound.defaultEngine();
    }

    // --- registration

    void register(String lambdaArn, RotationFunction function) {
        functions.put(Objects.requireNonNull(lambdaArn, "lambdaArn"), Objects.requireNonNull(function, "function"));
    }

    Map<String, RotationFunction> functions() {
        return Map.copyOf(functions);
    }

    void removeFunctions() {
        functions.clear();
    }

    // --- RotationLauncher: called by the engine

    @Override
    public Invocation invocationOf(String lambdaArn) {
        if (functions.containsKey(lambdaArn)) {
            return Invocation.RUN;
        }
        return functionsRequired ? Invocation.DENIED : Invocation.RECORD_ONLY;
    }

    @Override
    public void invocationDenied(String lambdaArn) {
        LOG.warn(
                "RotateSecret: no rotation function is registered for {} (registered: {}); answering"
                        + " AccessDeniedException, as AWS does for a function it cannot invoke",
                lambdaArn,
                functions.keySet());
    }

    @Override
    public void launch(RotationStart start) {
        RotationFunction function = functions.get(start.lambdaArn());
        Run run = new Run(start, UUID.randomUUID().toString());
        synchronized (this) {
            Run previous = latest.put(start.secretArn(), run);
            if (previous != null && previous.start.token().equals(start.token()) && !previous.state.isSettled()) {
                latest.put(start.secretArn(), previous); // RotateSecret retried with the same token
                return;
            }
            run.pauseAfter = pausesAhead.remove(start.secretArn());
            run.function = function;
            if (function == null) {
                fail(run, null, "no rotation function is registered for " + start.lambdaArn() + " any more");
            }
        }
        forgetIfPurged(start.secretArn());
        if (function != null) {
            submit(run);
        }
    }

    @Override
    public void launchFailed(RotationStart start, AwsException reason) {
        LOG.warn(
                "The scheduled rotation of {} could not start: {}: {}",
                start.secretName(),
                reason.code(),
                reason.getMessage());
        Run run = new Run(start, UUID.randomUUID().toString());
        synchronized (this) {
            latest.put(start.secretArn(), run);
            fail(run, null, reason.code() + ": " + reason.getMessage());
        }
        forgetIfPurged(start.secretArn());
    }

    @Override
    public void cancel(String secretArn) {
        synchronized (this) {
            pausesAhead.remove(secretArn);
            Run run = latest.get(secretArn);
            if (run == null || (run.state.isSettled() && run.state != RotationState.PAUSED)) {
                return;
            }
            run.cancelled = true;
            if (run.state == RotationState.PAUSED) {
                settle(run, RotationState.CANCELLED);
            }
        }
    }

    @Override
    public boolean acceptsRotationToken(String secretArn, String rotationToken) {
        Run run = latest.get(secretArn);
        return run != null
                && (run.state == RotationState.RUNNING || run.state == RotationState.PAUSED)
                && run.rotationToken.equals(rotationToken);
    }

    /** Forgets the secret's rotation and pause; a rotation still under way stops before its next step. */
    @Override
    public void purged(String secretArn) {
        synchronized (this) {
            pausesAhead.remove(secretArn);
            Run run = latest.remove(secretArn);
            if (run != null) {
                abandon(run);
            }
        }
    }

    /**
     * Forgets a secret that no longer exists. The engine reports every purge, but a report can come
     * before the record it should drop (a secret purged between RotateSecret releasing its lock and the
     * launch), and a secret past its deletion date is only purged once something looks it up.
     */
    private void forgetIfPurged(String secretArn) {
        if (engine(secretArn).identify(secretArn) == null) {
            purged(secretArn);
        }
    }

    // --- what tests control

    void pause(String secretId, RotationStep step) {
        String arn = arnOf(secretId);
        synchronized (this) {
            Run run = latest.get(arn);
            if (run != null && run.state == RotationState.RUNNING && !run.completed.contains(step)) {
                run.pauseAfter = step;
            } else {
                pausesAhead.put(arn, step);
            }
        }
    }

    void resume(String secretId) {
        String arn = arnOf(secretId);
        Run run;
        synchronized (this) {
            pausesAhead.remove(arn);
            run = latest.get(arn);
            if (run == null) {
                return;
            }
            run.pauseAfter = null;
            if (run.state != RotationState.PAUSED) {
                return;
            }
            run.state = RotationState.RUNNING;
            notifyAll();
        }
        submit(run);
    }

    Optional<Rotation> rotation(String secretId) {
        Run run = latest.get(arnOf(secretId));
        if (run == null) {
            return Optional.empty();
        }
        synchronized (this) {
            return Optional.of(run.snapshot());
        }
    }

    List<Rotation> rotations() {
        latest.keySet().forEach(this::forgetIfPurged);
        List<Rotation> all = new ArrayList<>();
        synchronized (this) {
            latest.values().forEach(run -> all.add(run.snapshot()));
        }
        all.sort(Comparator.comparing(Rotation::secretName));
        return all;
    }

    Rotation await(String secretId, Duration timeout) {
        String arn = arnOf(secretId);
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (this) {
            while (true) {
                Run run = latest.get(arn);
                if (run == null) {
                    throw new IllegalStateException(
                            "no rotation of " + secretId + " has started" + " (since the server started or was reset)");
                }
                if (run.state.isSettled()) {
                    return run.snapshot();
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new IllegalStateException("the rotation of " + secretId + " is still running after " + timeout
                            + ": " + run.snapshot());
                }
                try {
                    wait(Math.max(1, left / 1_000_000));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while waiting for the rotation of " + secretId, e);
                }
            }
        }
    }

    /** Whether a rotation or a pause of the secret is on record. */
    boolean remembers(String secretArn) {
        return latest.containsKey(secretArn) || pausesAhead.containsKey(secretArn);
    }

    /** Cancels every rotation, forgets them and the registrations made since the start. */
    void reset() {
        synchronized (this) {
            latest.values().forEach(this::abandon);
            latest.clear();
            pausesAhead.clear();
        }
        functions.clear();
        functions.putAll(configured);
    }

    void stop() {
        reset();
        steps.shutdownNow();
    }

    // --- running the steps

    private void submit(Run run) {
        try {
            steps.execute(() -> proceed(run));
        } catch (RejectedExecutionException e) {
            synchronized (this) {
                fail(run, null, "the server is stopping");
            }
        }
    }

    /** Runs the rotation's remaining steps until it pauses, fails, is cancelled or completes. */
    private void proceed(Run run) {
        List<RotationStep> toRun = run.start.testOnly() ? List.of(RotationStep.TEST_SECRET) : ALL_STEPS;
        RotationFunction function = Objects.requireNonNull(run.function);
        while (true) {
            RotationStep step;
            synchronized (this) {
                if (run.cancelled) {
                    settle(run, RotationState.CANCELLED);
                    return;
                }
                if (run.next == toRun.size()) {
                    break;
                }
                step = toRun.get(run.next);
            }
            try {
                function.invoke(new RotationEvent(step, run.start.secretArn(), run.start.token(), run.rotationToken));
            } catch (Exception | LinkageError | AssertionError e) {
                if (e instanceof InterruptedException) {
                    Thread.currentThread().interrupt();
                }
                LOG.warn(
                        "Rotation of {}: the {} step failed: {}", run.start.secretName(), step.awsName(), e.toString());
                synchronized (this) {
                    fail(run, step, e.toString());
                }
                endTestRotation(run);
                return;
            }
            synchronized (this) {
                run.completed.add(step);
                run.next++;
                if (step == run.pauseAfter) {
                    run.pauseAfter = null;
                    settle(run, run.cancelled ? RotationState.CANCELLED : RotationState.PAUSED);
                    return;
                }
                notifyAll();
            }
        }
        finish(run);
    }

    private void finish(Run run) {
        if (run.start.testOnly()) {
            endTestRotation(run);
            synchronized (this) {
                settle(run, RotationState.SUCCEEDED);
            }
            return;
        }
        boolean current;
        String why = "finishSecret returned, but AWSCURRENT is not on version " + run.start.token()
                + " (the function must move it there with UpdateSecretVersionStage)";
        try {
            current = engine(run.start.secretArn()).completeRotation(run.start.secretArn(), run.start.token());
        } catch (AwsException e) {
            current = false;
            why = "the secret could not be updated after finishSecret: " + e.code() + ": " + e.getMessage();
        }
        synchronized (this) {
            if (current) {
                settle(run, RotationState.SUCCEEDED);
            } else {
                LOG.warn("Rotation of {}: {}", run.start.secretName(), why);
                fail(run, null, why);
            }
        }
    }

    private void endTestRotation(Run run) {
        if (run.start.testOnly()) {
            try {
                engine(run.start.secretArn()).endTestRotation(run.start.secretArn(), run.start.token());
            } catch (AwsException e) {
                LOG.debug("the test rotation's version of {} is gone already: {}", run.start.secretName(), e.code());
            }
        }
    }

    private void fail(Run run, @Nullable RotationStep step, String failure) {
        run.failedStep = step;
        run.failure = failure;
        settle(run, RotationState.FAILED);
    }

    private void settle(Run run, RotationState state) {
        run.state = state;
        notifyAll();
    }

    /** Cancels a rotation that is being forgotten: it stops before its next step, and awaiting it ends. */
    private void abandon(Run run) {
        run.cancelled = true;
        if (!run.state.isSettled() || run.state == RotationState.PAUSED) {
            settle(run, RotationState.CANCELLED);
        }
    }

    /**
     * The ARN for a name or ARN; a name the default region does not know (a secret of another region)
     * is looked up among the rotations. A secret gone for good has none.
     */
    private String arnOf(String secretId) {
        SecretRef ref = engine(secretId).identify(secretId);
        if (ref != null) {
            return ref.arn();
        }
        for (Run run : latest.values()) {
            if (run.start.secretName().equals(secretId) || run.start.secretArn().equals(secretId)) {
                return run.start.secretArn();
            }
        }
        return secretId;
    }

    /** One rotation; its mutable fields are guarded by the runner's monitor (state is read without it). */
    private static final class Run {
        final RotationStart start;
        final String rotationToken;
        final List<RotationStep> completed = new ArrayList<>(4);

        @Nullable
        RotationFunction function;

        volatile RotationState state = RotationState.RUNNING;
        int next;

        @Nullable
        RotationStep pauseAfter;

        boolean cancelled;

        @Nullable
        RotationStep failedStep;

        @Nullable
        String failure;

        Run(RotationStart start, String rotationToken) {
            this.start = start;
            this.rotationToken = rotationToken;
        }

        Rotation snapshot() {
            return new Rotation(
                    start.secretArn(),
                    start.secretName(),
                    start.token(),
                    start.lambdaArn(),
                    state,
                    completed,
                    failedStep,
                    failure,
                    start.testOnly());
        }
    }
}
