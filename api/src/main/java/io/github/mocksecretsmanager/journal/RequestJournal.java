package io.github.mocksecretsmanager.journal;

import java.util.List;

/**
 * The requests an emulator received, and checks over them. {@code MockSecretsManagerServer} (in the
 * test JVM) and {@code SecretsManagerContainer} (over the admin API) both are one, so a test reads the
 * same either way.
 *
 * <pre>{@code
 * server.verify(getSecretValue().secretId("db/creds"), times(1));
 * List<RecordedRequest> puts = server.requests(putSecretValue().secretId("db/creds"));
 * }</pre>
 */
public interface RequestJournal {

    /**
     * Every recorded request, oldest first. The journal keeps the most recent ones only (10,000 by
     * default); sequence numbers start at 1 after a start or reset, so a first sequence above 1 tells
     * how many were dropped.
     *
     * @throws IllegalStateException when the server runs without a journal
     */
    List<RecordedRequest> requests();

    /** The recorded requests the pattern matches, oldest first. */
    default List<RecordedRequest> requests(RequestPattern pattern) {
        return requests().stream().filter(pattern::matches).toList();
    }

    /** Checks that exactly one recorded request matches, as Mockito's {@code verify} does. */
    default void verify(RequestPattern pattern) {
        verify(pattern, Times.once());
    }

    /**
     * Checks how many recorded requests match.
     *
     * @throws VerificationException when the count is not as expected; its message lists the matching
     *     requests, or else the closest ones
     */
    default void verify(RequestPattern pattern, Times times) {
        Verification.check(requests(), pattern, times);
    }

    /** Forgets every recorded request; sequence numbers start again at 1. The secrets stay as they are. */
    void resetJournal();
}
