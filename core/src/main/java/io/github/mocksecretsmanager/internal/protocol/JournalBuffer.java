package io.github.mocksecretsmanager.internal.protocol;

import io.github.mocksecretsmanager.journal.RecordedRequest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The most recent requests, in a fixed ring: memory stays flat under any load. Appending numbers an
 * entry and stores it under one short lock, so sequence numbers follow the order entries become
 * visible, and a reader never sees a gap that is filled later.
 */
public final class JournalBuffer {

    private final @Nullable RecordedRequest[] ring;
    private long last;

    /** @param capacity the most entries kept; at least 1 */
    public JournalBuffer(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("a journal holds at least one request");
        }
        this.ring = new RecordedRequest[capacity];
    }

    /** Numbers {@code entry} (1 after a start or clear, then increasing) and keeps it. */
    public RecordedRequest append(RecordedRequest.Builder entry) {
        synchronized (ring) {
            RecordedRequest numbered = entry.sequence(++last).build();
            ring[(int) ((last - 1) % ring.length)] = numbered;
            return numbered;
        }
    }

    /** The entries kept, oldest first; only those numbered above {@code since}. */
    public List<RecordedRequest> entries(long since) {
        synchronized (ring) {
            long first = Math.max(since, last - ring.length) + 1;
            List<RecordedRequest> entries = new ArrayList<>((int) Math.max(0, last - first + 1));
            for (long sequence = first; sequence <= last; sequence++) {
                entries.add(Objects.requireNonNull(ring[(int) ((sequence - 1) % ring.length)]));
            }
            return entries;
        }
    }

    public void clear() {
        synchronized (ring) {
            Arrays.fill(ring, null);
            last = 0;
        }
    }
}
