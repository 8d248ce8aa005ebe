package io.github.mocksecretsmanager.journal;

import static io.github.mocksecretsmanager.journal.RequestPattern.anyRequest;
import static io.github.mocksecretsmanager.journal.RequestPattern.deleteSecret;
import static io.github.mocksecretsmanager.journal.RequestPattern.getSecretValue;
import static io.github.mocksecretsmanager.journal.RequestPattern.putSecretValue;
import static io.github.mocksecretsmanager.journal.Times.atLeast;
import static io.github.mocksecretsmanager.journal.Times.between;
import static io.github.mocksecretsmanager.journal.Times.never;
import static io.github.mocksecretsmanager.journal.Times.times;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class VerificationTest {

    private static final String ARN = "arn:aws:secretsmanager:us-east-1:123456789012:secret:db/creds-AbCdEf";

    private final List<RecordedRequest> recorded = new ArrayList<>();

    private final RequestJournal journal = new RequestJournal() {
        @Override
        public List<RecordedRequest> requests() {
            return List.copyOf(recorded);
        }

        @Override
        public void resetJournal() {
            recorded.clear();
        }
    };

    private RecordedRequest.Builder request(String operation, String secretId) {
        return RecordedRequest.builder()
                .sequence(recorded.size() + 1)
                .time(Instant.parse("2026-12-01T10:00:00Z"))
                .operation(operation)
                .secretId(secretId)
                .secretName("db/creds")
                .secretArn(ARN)
                .status(200)
                .duration(Duration.ofNanos(52_000));
    }

    private void record(RecordedRequest.Builder request) {
        recorded.add(request.build());
    }

    @Test
    void aSecretMatchesByNameFullArnAndPartialArnWhicheverWasSent() {
        record(request("GetSecretValue", "db/creds"));
        record(request("GetSecretValue", ARN));
        record(request("GetSecretValue", "arn:aws:secretsmanager:us-east-1:123456789012:secret:db/creds"));

        journal.verify(getSecretValue().secretId("db/creds"), times(3));
        journal.verify(getSecretValue().secretId(ARN), times(3));
        journal.verify(
                getSecretValue().secretId("arn:aws:secretsmanager:us-east-1:123456789012:secret:db/creds"), times(3));
        journal.verify(getSecretValue().secretId("other"), never());
    }

    @Test
    void stagesVersionsTokensOutcomesAndParametersNarrowThePattern() {
        record(request("PutSecretValue", "db/creds")
                .stages(List.of("AWSPENDING"))
                .clientRequestToken("token-1")
                .versionId("token-1"));
        record(request("DeleteSecret", "db/creds")
                .parameter("ForceDeleteWithoutRecovery", true)
                .status(400)
                .errorType("InvalidRequestException"));

        journal.verify(putSecretValue().secretId("db/creds").stage("AWSPENDING"));
        journal.verify(putSecretValue().stage("AWSCURRENT"), never());
        journal.verify(putSecretValue()
                .clientRequestToken("token-1")
                .versionId("token-1")
                .succeeded());
        journal.verify(
                deleteSecret().parameter("ForceDeleteWithoutRecovery", true).failed());
        journal.verify(deleteSecret().errorType("InvalidRequestException").status(400));
        journal.verify(anyRequest(), between(2, 2));
        journal.verify(
                anyRequest().matching("slower than 10 us", r -> r.duration().toNanos() > 10_000), atLeast(2));
        assertThat(journal.requests(putSecretValue())).hasSize(1);
    }

    @Test
    void aFailureNamesTheExpectationAndTheClosestRequestsWithWhatDiffers() {
        record(request("GetSecretValue", "db/creds"));
        record(request("PutSecretValue", "db/creds").stages(List.of("AWSCURRENT")));
        record(request("ListSecrets", "db/creds")
                .secretId(null)
                .secretName(null)
                .secretArn(null));
        record(request("DescribeSecret", "db/creds"));

        assertThatThrownBy(() ->
                        journal.verify(putSecretValue().secretId("db/creds").stage("AWSPENDING")))
                .isInstanceOf(VerificationException.class)
                .isInstanceOf(AssertionError.class)
                .hasMessageStartingWith("Expected exactly 1 request matching PutSecretValue with secretId=db/creds,"
                        + " stage=AWSPENDING, but received 0.")
                .hasMessageContaining("Closest recorded requests (3 of 4):\n"
                        + "  #2 PutSecretValue secretId=db/creds stages=[AWSCURRENT] -> 200  (differs in: stage)\n"
                        + "  #4 DescribeSecret secretId=db/creds -> 200  (differs in: operation, stage)\n"
                        + "  #1 GetSecretValue secretId=db/creds -> 200  (differs in: operation, stage)");
    }

    @Test
    void aWrongNonZeroCountListsTheMatchingRequests() {
        record(request("GetSecretValue", "db/creds"));
        record(request("GetSecretValue", ARN));

        assertThatThrownBy(() -> journal.verify(getSecretValue().secretId("db/creds"), times(1)))
                .hasMessageStartingWith("Expected exactly 1 request matching GetSecretValue with secretId=db/creds,"
                        + " but received 2.\nMatching requests:\n  #1 GetSecretValue secretId=db/creds -> 200\n"
                        + "  #2 GetSecretValue secretId=" + ARN + " (db/creds) -> 200");
    }

    @Test
    void anEmptyJournalAndDroppedRequestsAreSaid() {
        assertThatThrownBy(() -> journal.verify(getSecretValue()))
                .hasMessageContaining("The journal holds no request.");

        recorded.add(request("GetSecretValue", "db/creds").sequence(41).build());
        assertThatThrownBy(() -> journal.verify(getSecretValue(), times(2)))
                .hasMessageContaining("(40 earlier requests were dropped: the journal keeps only the most recent 1.)");
    }

    @Test
    void countsCannotBeNegativeAndDescribeThemselves() {
        assertThat(times(2)).hasToString("exactly 2");
        assertThat(atLeast(1)).hasToString("at least 1");
        assertThat(between(1, 3).accepts(3)).isTrue();
        assertThatThrownBy(() -> times(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> between(3, 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
