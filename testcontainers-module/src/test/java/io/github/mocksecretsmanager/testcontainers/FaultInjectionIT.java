package io.github.mocksecretsmanager.testcontainers;

import static io.github.mocksecretsmanager.journal.RequestPattern.getSecretValue;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.mocksecretsmanager.faults.FaultRule;
import io.github.mocksecretsmanager.journal.RecordedRequest;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

/** Fault rules over the admin API: the SDK retries two throttles and succeeds; the journal shows it. */
@RequiresDocker
class FaultInjectionIT {

    @Test
    void theSdkRetriesThrottlingInjectedIntoTheContainer() {
        try (SecretsManagerContainer container = new SecretsManagerContainer().withSecret("db/creds", "v1")) {
            container.start();
            String id = container.addFault(
                    FaultRule.onOperation("GetSecretValue").throttle().times(2));
            container.addFault(FaultRule.onOperation("ListSecrets").latency(Duration.ofMillis(50)));
            assertThat(container.faults()).extracting(FaultRule::id).hasSize(2).startsWith(id);

            try (SecretsManagerClient client = SdkClients.forContainer(container)) {
                assertThat(client.getSecretValue(r -> r.secretId("db/creds")).secretString())
                        .isEqualTo("v1");
            }
            assertThat(container.requests(getSecretValue()))
                    .extracting(RecordedRequest::fault)
                    .containsExactly("ThrottlingException", "ThrottlingException", null);

            assertThat(container.faults()).hasSize(1); // the throttling rule is used up
            container.removeFaults();
            assertThat(container.faults()).isEmpty();
        }
    }
}
