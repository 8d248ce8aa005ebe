package io.github.mocksecretsmanager.faults;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The emulator's clock, which a test reads and moves. Every date the emulator answers with (creation,
 * deletion, rotation and access dates) comes from it; moving it forward runs what falls due on the way,
 * as time passing on AWS would: secrets whose recovery window has ended are deleted and old deprecated
 * versions are pruned. Signatures are always checked against the real time.
 */
public interface ServerClock {

    /** The emulator's current time. */
    Instant now();

    /** Puts the clock at {@code instant} (also backwards; nothing already deleted comes back). */
    void set(Instant instant);

    /** Moves the clock forward by {@code duration} (not negative) and runs what is then due. */
    void advance(Duration duration);

    /**
     * This clock as a {@link Clock} in UTC, to give the code under test the emulator's time, so that
     * both see the same simulated days. It reads {@link #now()} each time it is asked.
     */
    default Clock asClock() {
        return view(this, ZoneOffset.UTC);
    }

    private static Clock view(ServerClock serverClock, ZoneId zone) {
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return zone;
            }

            @Override
            public Clock withZone(ZoneId other) {
                return view(serverClock, other);
            }

            @Override
            public Instant instant() {
                return serverClock.now();
            }
        };
    }
}
