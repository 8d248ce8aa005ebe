package io.github.mocksecretsmanager.internal.engine;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jspecify.annotations.Nullable;

/**
 * Finds out whether a secret's lock is held while the engine reports to its launcher: another thread
 * reads the secret then, which waits while the lock is held.
 */
final class LockProbe {

    /** How a read from another thread went. */
    enum Read {
        /** It answered (or refused) at once: nobody held the secret's lock. */
        DONE,
        /** It was still waiting for the secret's lock a second later. */
        BLOCKED
    }

    private final List<Read> reads = new CopyOnWriteArrayList<>();
    private @Nullable SecretsEngine engine;

    void readFrom(SecretsEngine engine) {
        this.engine = engine;
    }

    void tryToRead(String secretId) {
        SecretsEngine target = Objects.requireNonNull(engine, "readFrom first");
        CompletableFuture<?> read = CompletableFuture.runAsync(() -> target.describeSecret(secretId));
        try {
            read.get(1, TimeUnit.SECONDS);
            reads.add(Read.DONE);
        } catch (ExecutionException refused) {
            reads.add(Read.DONE);
        } catch (TimeoutException e) {
            reads.add(Read.BLOCKED);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    List<Read> readsDuringReports() {
        return reads;
    }
}
