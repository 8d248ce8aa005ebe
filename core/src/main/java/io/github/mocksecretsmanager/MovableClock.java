package io.github.mocksecretsmanager;

import io.github.mocksecretsmanager.faults.ServerClock;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * The server's one clock: the configured base clock plus an offset a test moves. After every move,
 * {@code afterMove} runs the work that fell due (deletions, pruning) before the call returns.
 */
final class MovableClock extends Clock implements ServerClock {

    private final Clock base;
    private final Runnable afterMove;
    private volatile Duration offset = Duration.ZERO;

    MovableClock(Clock base, Runnable afterMove) {
        this.base = base;
        this.afterMove = afterMove;
    }

    @Override
    public Instant instant() {
        return base.instant().plus(offset);
    }

    @Override
    public Instant now() {
        return instant();
    }

    @Override
    public void set(Instant instant) {
        Objects.requireNonNull(instant, "instant");
        synchronized (this) {
            offset = Duration.between(base.instant(), instant);
        }
        afterMove.run();
    }

    @Override
    public void advance(Duration duration) {
        Objects.requireNonNull(duration, "duration");
        if (duration.isNegative()) {
            throw new IllegalArgumentException("the clock only advances: " + duration + " is negative");
        }
        synchronized (this) {
            offset = offset.plus(duration);
        }
        afterMove.run();
    }

    /** It is one already. */
    @Override
    public Clock asClock() {
        return this;
    }

    /** Back to the base clock's time. */
    void reset() {
        synchronized (this) {
            offset = Duration.ZERO;
        }
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        MovableClock self = this;
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return zone;
            }

            @Override
            public Clock withZone(ZoneId other) {
                return self.withZone(other);
            }

            @Override
            public Instant instant() {
                return self.instant();
            }
        };
    }

    @Override
    public String toString() {
        return "MovableClock[" + base + " + " + offset + "]";
    }
}
