package io.github.mocksecretsmanager.junit;

import static io.github.mocksecretsmanager.journal.RequestPattern.anyRequest;
import static io.github.mocksecretsmanager.journal.RequestPattern.getSecretValue;
import static io.github.mocksecretsmanager.journal.Times.never;
import static io.github.mocksecretsmanager.journal.Times.times;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.mocksecretsmanager.MockSecretsManagerServer;
import io.github.mocksecretsmanager.journal.VerificationException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

/** The injected server is the journal: each test sees its own requests, since the reset empties it. */
class RequestJournalTest {

    @Test
    void eachTestVerifiesOnlyItsOwnRequests() {
        EngineRuns.run(TwoTests.class).testEvents().assertStatistics(stats -> stats.started(2)
                .succeeded(2));
    }

    @Test
    void aFailedVerificationFailsTheTestWithTheNearMisses() {
        var results = EngineRuns.run(WrongExpectation.class);

        results.testEvents().assertStatistics(stats -> stats.started(1).failed(1));
        assertThat(EngineRuns.failures(results))
                .singleElement()
                .asString()
                .contains(VerificationException.class.getName())
                .contains("Expected exactly 1 request matching GetSecretValue with secretId=db/password")
                .contains("similar names: db/passwords");
    }

    @MockSecretsManager
    @Seed(name = "db/passwords", value = "v")
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    static class TwoTests {

        @BeforeAll
        static void requestBeforeTheTests(SecretsManagerClient client) {
            client.listSecrets(); // emptied from the journal by the reset before each test
        }

        @Test
        @Order(1)
        void first(SecretsManagerClient client, MockSecretsManagerServer server) {
            client.getSecretValue(r -> r.secretId("db/passwords"));
            server.verify(getSecretValue().secretId("db/passwords"), times(1));
            server.verify(anyRequest(), times(1));
        }

        @Test
        @Order(2)
        void second(MockSecretsManagerServer server) {
            server.verify(anyRequest(), never());
        }
    }

    @MockSecretsManager
    @Seed(name = "db/passwords", value = "v")
    static class WrongExpectation {

        @Test
        void test(SecretsManagerClient client, MockSecretsManagerServer server) {
            try {
                client.getSecretValue(r -> r.secretId("db/password"));
            } catch (RuntimeException expected) {
                // ResourceNotFoundException: the name lacks an s
            }
            server.verify(getSecretValue().secretId("db/password").succeeded());
        }
    }
}
