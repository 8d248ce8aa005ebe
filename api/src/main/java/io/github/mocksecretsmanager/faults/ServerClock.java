package io.github.mocksecretsmanager.faults;

import java.time.Duration;
import java.time.Instant;

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
}
