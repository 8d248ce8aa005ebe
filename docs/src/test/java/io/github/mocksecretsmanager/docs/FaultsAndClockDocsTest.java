package io.github.mocksecretsmanager.docs;

import static io.github.mocksecretsmanager.journal.RequestPattern.getSecretValue;
import static io.github.mocksecretsmanager.journal.Times.times;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mocksecretsmanager.MockSecretsManagerServer;
import io.github.mocksecretsmanager.faults.ConnectionFault;
import io.github.mocksecretsmanager.faults.FaultRule;
import io.github.mocksecretsmanager.faults.ServerClock;
import io.github.mocksecretsmanager.journal.RecordedRequest;
import io.github.mocksecretsmanager.junit.MockSecretsManager;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.secretsmanager.model.ResourceNotFoundException;

/** docs/faults-and-clock.md. */
@MockSecretsManager
class FaultsAndClockDocsTest {

    @Test
    void throttle(SecretsManagerClient client, MockSecretsManagerServer server) {
        server.createSecret("db/creds", "{\"user\":\"app\"}");

        // tag::throttle[]
        server.addFault(FaultRule.onOperation("GetSecretValue").throttle().times(2));

        client.getSecretValue(r -> r.secretId("db/creds")); // the SDK retries twice, then succeeds

        server.verify(getSecretValue().secretId("db/creds"), times(3));
        assertThat(server.requests(getSecretValue()))
                .extracting(RecordedRequest::fault)
                .containsExactly("ThrottlingException", "ThrottlingException", null);
        // end::throttle[]
    }

    @Test
    void rules(MockSecretsManagerServer server) {
        // tag::rules[]
        server.addFault(FaultRule.onAnyOperation().latency(Duration.ofMillis(200)));
        server.addFault(FaultRule.onOperation("GetSecretValue")
                .secretId("db/creds") // also matches the secret's full or partial ARN
                .latency(Duration.ofMillis(50), Duration.ofMillis(500))
                .probability(0.3, 42)); // the same calls fault on every run
        server.addFault(
                FaultRule.onOperation("PutSecretValue").internalServiceError().times(1));
        server.addFault(FaultRule.onOperation("ListSecrets").answerError("AccessDeniedException", 400, "Denied."));
        String id = server.addFault(FaultRule.onAnyOperation().connection(ConnectionFault.RESET));

        server.removeFault(id);
        server.removeFaults();
        // end::rules[]
        assertThat(server.faults()).isEmpty();
    }

    @Test
    void clock(SecretsManagerClient client, ServerClock clock) {
        // tag::clock[]
        client.createSecret(r -> r.name("db/old").secretString("v1"));
        client.deleteSecret(r -> r.secretId("db/old").recoveryWindowInDays(7L));

        clock.advance(Duration.ofDays(8)); // deletes it, as the end of the recovery window does on AWS

        assertThatThrownBy(() -> client.describeSecret(r -> r.secretId("db/old")))
                .isInstanceOf(ResourceNotFoundException.class);
        client.createSecret(r -> r.name("db/old").secretString("v2")); // the name is free again
        // end::clock[]
    }
}
