package io.github.mocksecretsmanager.testcontainers;

import static io.github.mocksecretsmanager.journal.RequestPattern.createSecret;
import static io.github.mocksecretsmanager.journal.RequestPattern.deleteSecret;
import static io.github.mocksecretsmanager.journal.RequestPattern.getSecretValue;
import static io.github.mocksecretsmanager.journal.Times.never;
import static io.github.mocksecretsmanager.journal.Times.times;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mocksecretsmanager.journal.RecordedRequest;
import io.github.mocksecretsmanager.journal.VerificationException;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

/** The container is a request journal too: the same verification, read over the admin API. */
@RequiresDocker
class RequestJournalIT {

    @Test
    void verifiesWhatTheCodeUnderTestAskedTheContainer() {
        try (SecretsManagerContainer container = new SecretsManagerContainer().withSecret("db/creds", "SEED-VALUE")) {
            container.start();
            try (SecretsManagerClient client = SdkClients.forContainer(container)) {
                String arn = client.getSecretValue(r -> r.secretId("db/creds")).arn();
                client.getSecretValue(r -> r.secretId(arn));
                client.createSecret(r -> r.name("api/key").secretString("PUT-VALUE"));
                try {
                    client.getSecretValue(r -> r.secretId("db/cred"));
                } catch (RuntimeException expected) {
                    // not found
                }

                container.verify(getSecretValue().secretId("db/creds").succeeded(), times(2));
                container.verify(createSecret().secretId("api/key"));
                container.verify(deleteSecret(), never());
                RecordedRequest missing =
                        container.requests(getSecretValue().failed()).get(0);
                assertThat(missing.errorType()).isEqualTo("ResourceNotFoundException");
                assertThat(missing.hint()).isEqualTo("similar names: db/creds");
                assertThatThrownBy(() -> container.verify(getSecretValue().secretId("api/key")))
                        .isInstanceOf(VerificationException.class)
                        .hasMessageContaining("Closest recorded requests")
                        .hasMessageNotContaining("VALUE");

                container.resetJournal();
                assertThat(container.requests()).isEmpty();
            }
        }
    }
}
