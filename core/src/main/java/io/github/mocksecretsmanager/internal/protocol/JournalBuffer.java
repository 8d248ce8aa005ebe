package io.github.mocksecretsmanager.internal.protocol;

import io.github.mocksecretsmanager.journal.RecordedRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The most recent requests, in a fixed ring of reusable slots: memory stays flat under any load, and
 * recording a request allocates nothing that outlives it, so the journal adds no work for the old
 * generation of the heap (a {@link RecordedRequest} is built only when the journal is read).
 * Appending numbers an entry and fills its slot under one short lock, so sequence numbers follow the
 * order entries become visible, and a reader never sees a gap that is filled later.
 */
public final class JournalBuffer {

    private final @Nullable Slot[] ring;
    private long last;

    /** @param capacity the most entries kept; at least 1 */
    public JournalBuffer(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("a journal holds at least one request");
        }
        this.ring = new Slot[capacity];
    }

    /** What fills one slot. */
    interface Writer {
        void writeTo(Slot slot);
    }

    /** Numbers the next entry (1 after a start or clear, then increasing) and lets {@code writer} fill it. */
    void append(Writer writer) {
        synchronized (ring) {
            int index = (int) (last++ % ring.length);
            Slot slot = ring[index];
            if (slot == null) {
                slot = new Slot();
                ring[index] = slot;
            }
            slot.clear();
            slot.sequence = last;
            writer.writeTo(slot);
        }
    }

    /** The entries kept, oldest first; only those numbered above {@code since}. */
    public List<RecordedRequest> entries(long since) {
        synchronized (ring) {
            long first = Math.max(since, last - ring.length) + 1;
            List<RecordedRequest> entries = new ArrayList<>((int) Math.max(0, last - first + 1));
            for (long sequence = first; sequence <= last; sequence++) {
                Slot slot = ring[(int) ((sequence - 1) % ring.length)];
                if (slot != null) {
                    entries.add(slot.toRecordedRequest());
                }
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

    /**
     * One request as kept: primitives, and references to objects that live on anyway (the secret's
     * name and ARN, canonical strings); a lowercase UUID token as two longs.
     */
    static final class Slot {
        long sequence;
        long epochSecond;
        int nano;
        long durationNanos;

        @Nullable
        String operation;

        @Nullable
        String secretId;

        @Nullable
        String secretName;

        @Nullable
        String secretArn;

        @Nullable
        String versionId;

        List<String> stages = List.of();

        @Nullable
        String token;

        boolean tokenIsUuid;
        long tokenHigh;
        long tokenLow;

        @Nullable
        Map<String, Object> parameters;

        int status;

        @Nullable
        String errorType;

        @Nullable
        String hint;

        @Nullable
        String region;

        @Nullable
        String accessKeyId;

        @Nullable
        String userAgent;

        @Nullable
        String fault;

        void clear() {
            operation = secretId = secretName = secretArn = versionId = token = errorType = hint = null;
            region = accessKeyId = userAgent = fault = null;
            stages = List.of();
            parameters = null;
            tokenIsUuid = false;
        }

        void time(Instant time) {
            epochSecond = time.getEpochSecond();
            nano = time.getNano();
        }

        /** Keeps a lowercase canonical UUID, what the AWS SDKs send, as two longs. */
        void clientRequestToken(@Nullable String value) {
            token = null;
            tokenIsUuid = false;
            if (value == null) {
                return;
            }
            if (value.length() == 36 && value.equals(value.toLowerCase(Locale.ROOT))) {
                try {
                    UUID uuid = UUID.fromString(value);
                    if (uuid.toString().equals(value)) {
                        tokenHigh = uuid.getMostSignificantBits();
                        tokenLow = uuid.getLeastSignificantBits();
                        tokenIsUuid = true;
                        return;
                    }
                } catch (IllegalArgumentException e) {
                    // not a UUID: kept as it is
                }
            }
            token = value;
        }

        RecordedRequest toRecordedRequest() {
            RecordedRequest.Builder builder = RecordedRequest.builder()
                    .sequence(sequence)
                    .time(Instant.ofEpochSecond(epochSecond, nano))
                    .operation(operation == null ? "" : operation)
                    .secretId(secretId)
                    .secretName(secretName)
                    .secretArn(secretArn)
                    .versionId(versionId)
                    .stages(stages)
                    .clientRequestToken(tokenIsUuid ? new UUID(tokenHigh, tokenLow).toString() : token)
                    .status(status)
                    .errorType(errorType)
                    .hint(hint)
                    .duration(Duration.ofNanos(durationNanos))
                    .region(region)
                    .accessKeyId(accessKeyId)
                    .userAgent(userAgent)
                    .fault(fault);
            if (parameters != null) {
                parameters.forEach(builder::parameter);
            }
            return builder.build();
        }
    }
}
