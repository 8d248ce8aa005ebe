package com.example.time;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.secretsmanager.model.SecretListEntry;

/**
 * Finds secrets nobody has read for a while and retires them with a recovery window, so a mistake
 * can still be undone for a week.
 */
public final class SecretHousekeeping {

    static final long RECOVERY_WINDOW_DAYS = 7;

    private final SecretsManagerClient client;
    private final Clock clock;

    public SecretHousekeeping(SecretsManagerClient client, Clock clock) {
        this.client = client;
        this.clock = clock;
    }

    /** Secrets not read for {@code idle} (AWS keeps the last access by day), or never read and older. */
    public List<String> unused(Duration idle) {
        Instant cutoff = clock.instant().minus(idle);
        List<String> names = new ArrayList<>();
        for (SecretListEntry secret : client.listSecretsPaginator(r -> r.includePlannedDeletion(false)).stream()
                .flatMap(page -> page.secretList().stream())
                .toList()) {
            Instant lastUsed = secret.lastAccessedDate() != null ? secret.lastAccessedDate() : secret.createdDate();
            if (lastUsed.isBefore(cutoff)) {
                names.add(secret.name());
            }
        }
        return names;
    }

    /** Schedules the deletion of each; Secrets Manager deletes them when the window has passed. */
    public void retire(List<String> names) {
        for (String name : names) {
            client.deleteSecret(r -> r.secretId(name).recoveryWindowInDays(RECOVERY_WINDOW_DAYS));
        }
    }
}
