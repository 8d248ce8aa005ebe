package io.github.mocksecretsmanager.docs;

import static io.github.mocksecretsmanager.journal.RequestPattern.deleteSecret;
import static io.github.mocksecretsmanager.journal.RequestPattern.getSecretValue;
import static io.github.mocksecretsmanager.journal.RequestPattern.putSecretValue;
import static io.github.mocksecretsmanager.journal.Times.never;
import static io.github.mocksecretsmanager.journal.Times.times;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mocksecretsmanager.MockSecretsManagerServer;
import io.github.mocksecretsmanager.journal.RecordedRequest;
import io.github.mocksecretsmanager.junit.MockSecretsManager;
import io.github.mocksecretsmanager.junit.Seed;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

/** docs/journal.md. */
@MockSecretsManager
@Seed(name = "db/creds", value = "{\"user\":\"app\",\"password\":\"first\"}")
class JournalDocsTest {

    /** What a rotation function's first step does: read the current value, put a pending one. */
    static void createPendingPassword(SecretsManagerClient client, String token) {
        client.getSecretValue(r -> r.secretId("db/creds"));
        client.putSecretValue(r -> r.secretId("db/creds")
                .clientRequestToken(token)
                .secretString("{\"user\":\"app\",\"password\":\"second\"}")
                .versionStages("AWSPENDING"));
    }

    @Test
    void verify(SecretsManagerClient client, MockSecretsManagerServer server) {
        createPendingPassword(client, "EXAMPLE1-90ab-cdef-fedc-ba987EXAMPLE");

        // tag::verify[]
        server.verify(getSecretValue().secretId("db/creds"), times(1));
        server.verify(putSecretValue().secretId("db/creds").stage("AWSPENDING"), times(1));
        server.verify(deleteSecret(), never());

        List<RecordedRequest> puts = server.requests(putSecretValue().secretId("db/creds"));
        assertThat(puts.get(0).clientRequestToken()).isEqualTo("EXAMPLE1-90ab-cdef-fedc-ba987EXAMPLE");
        // end::verify[]
    }

    @Test
    void nearMisses(SecretsManagerClient client, MockSecretsManagerServer server) {
        createPendingPassword(client, "EXAMPLE1-90ab-cdef-fedc-ba987EXAMPLE");

        assertThatThrownBy(() ->
                        server.verify(putSecretValue().secretId("db/creds").stage("AWSCURRENT")))
                .hasMessage("Expected exactly 1 request matching PutSecretValue with secretId=db/creds,"
                        + " stage=AWSCURRENT, but received 0.\n"
                        + "Closest recorded requests (2 of 2):\n"
                        + "  #2 PutSecretValue secretId=db/creds stages=[AWSPENDING]"
                        + " clientRequestToken=EXAMPLE1-90ab-cdef-fedc-ba987EXAMPLE -> 200  (differs in: stage)\n"
                        + "  #1 GetSecretValue secretId=db/creds -> 200  (differs in: operation, stage)");
    }
}
