package io.github.mocksecretsmanager.journal;

import static io.github.mocksecretsmanager.journal.RequestPattern.anyRequest;
import static io.github.mocksecretsmanager.journal.RequestPattern.createSecret;
import static io.github.mocksecretsmanager.journal.RequestPattern.deleteSecret;
import static io.github.mocksecretsmanager.journal.RequestPattern.getSecretValue;
import static io.github.mocksecretsmanager.journal.RequestPattern.putSecretValue;
import static io.github.mocksecretsmanager.journal.Times.atLeast;
import static io.github.mocksecretsmanager.journal.Times.never;
import static io.github.mocksecretsmanager.journal.Times.times;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mocksecretsmanager.MockSecretsManagerServer;
import io.github.mocksecretsmanager.ServerConfig;
import io.github.mocksecretsmanager.testsupport.SdkClients;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.secretsmanager.model.ResourceNotFoundException;

/** The request journal, filled by the real AWS SDK, read through the Java API and the admin endpoint. */
class RequestJournalTest {

    private MockSecretsManagerServer server = MockSecretsManagerServer.start();
    private SecretsManagerClient client = SdkClients.syncClient(server);

    @AfterEach
    void stop() {
        client.close();
        server.close();
    }

    private void restart(ServerConfig config) {
        stop();
        server = MockSecretsManagerServer.start(config);
        client = SdkClients.syncClient(server);
    }

    @Test
    void everyRequestIsRecordedWithItsSecretVersionStagesAndOutcome() {
        String arn =
                client.createSecret(r -> r.name("db/creds").secretString("v1")).arn();
        String token = UUID.randomUUID().toString();
        client.putSecretValue(r ->
                r.secretId(arn).secretString("v2").clientRequestToken(token).versionStages("AWSPENDING"));
        client.getSecretValue(r -> r.secretId("db/creds"));
        client.getSecretValue(
                r -> r.secretId(arn.substring(0, arn.length() - 7)).versionStage("AWSPENDING"));
        assertThatThrownBy(() -> client.deleteSecret(r -> r.secretId("db/creds").recoveryWindowInDays(3L)))
                .hasMessageContaining("RecoveryWindowInDays");

        List<RecordedRequest> requests = server.requests();
        assertThat(requests).extracting(RecordedRequest::sequence).containsExactly(1L, 2L, 3L, 4L, 5L);
        assertThat(requests).extracting(RecordedRequest::secretName).containsOnly("db/creds");
        assertThat(requests).extracting(RecordedRequest::secretArn).containsOnly(arn);
        RecordedRequest put = requests.get(1);
        assertThat(put.operation()).isEqualTo("PutSecretValue");
        assertThat(put.secretId()).isEqualTo(arn);
        assertThat(put.stages()).containsExactly("AWSPENDING");
        assertThat(put.clientRequestToken()).isEqualTo(token);
        assertThat(put.status()).isEqualTo(200);
        assertThat(put.errorType()).isNull();
        assertThat(put.region()).isEqualTo("us-east-1");
        assertThat(put.accessKeyId()).isEqualTo("test");
        assertThat(put.userAgent()).contains("aws-sdk-java");
        assertThat(put.duration()).isPositive();
        assertThat(put.parameters()).isEmpty();
        RecordedRequest delete = requests.get(4);
        assertThat(delete.status()).isEqualTo(400);
        assertThat(delete.errorType()).isEqualTo("InvalidParameterException");
        assertThat(delete.parameters()).containsEntry("RecoveryWindowInDays", "3");

        server.verify(createSecret().secretId("db/creds").succeeded());
        server.verify(putSecretValue().secretId("db/creds").stage("AWSPENDING"), times(1));
        server.verify(getSecretValue().secretId(arn), times(2));
        server.verify(getSecretValue().stage("AWSPENDING").versionId("nope"), never());
        server.verify(deleteSecret().parameter("RecoveryWindowInDays", 3).errorType("InvalidParameterException"));
        server.verify(anyRequest().succeeded(), atLeast(4));
    }

    @Test
    void aFailedVerificationShowsTheClosestRequestsAndNoValue() {
        client.createSecret(r -> r.name("db/creds").secretString("SECRET-VALUE"));
        client.putSecretValue(r -> r.secretId("db/creds").secretString("SECRET-VALUE-2"));

        assertThatThrownBy(() ->
                        server.verify(putSecretValue().secretId("db/creds").stage("AWSPENDING")))
                .isInstanceOf(VerificationException.class)
                .hasMessageContaining("but received 0")
                .hasMessageContaining("#2 PutSecretValue secretId=db/creds clientRequestToken=")
                .hasMessageContaining("(differs in: stage)")
                .hasMessageNotContaining("SECRET-VALUE");
    }

    @Test
    void aSecretThatIsNotFoundGetsAHintInTheJournalButTheWireAnswerStaysAws() {
        String arn = client.createSecret(r -> r.name("db/credentials").secretString("v"))
                .arn();

        ResourceNotFoundException typo = org.junit.jupiter.api.Assertions.assertThrows(
                ResourceNotFoundException.class, () -> client.getSecretValue(r -> r.secretId("db/credential")));
        assertThat(typo.awsErrorDetails().errorMessage()).isEqualTo("Secrets Manager can't find the specified secret.");
        assertThatThrownBy(() -> client.getSecretValue(r -> r.secretId(arn.replace("us-east-1", "eu-west-1"))))
                .isInstanceOf(ResourceNotFoundException.class);
        client.deleteSecret(r -> r.secretId(arn).forceDeleteWithoutRecovery(true));
        client.createSecret(r -> r.name("db/credentials").secretString("v"));
        assertThatThrownBy(() -> client.describeSecret(r -> r.secretId(arn)))
                .isInstanceOf(ResourceNotFoundException.class);

        List<RecordedRequest> notFound = server.requests(anyRequest().errorType("ResourceNotFoundException"));
        assertThat(notFound)
                .extracting(RecordedRequest::hint)
                .containsExactly(
                        "similar names: db/credentials",
                        "the ARN is for region eu-west-1, account 123456789012, but the request was made in region"
                                + " us-east-1, account 123456789012 (the region of the client's signature, the account"
                                + " of a 12-digit access key id); an ARN names a secret of the request's own region"
                                + " and account only",
                        "a secret named db/credentials exists, but with another ARN suffix: it was deleted and created"
                                + " again after this ARN was taken; use its name or its current ARN");
        server.verify(deleteSecret().secretId("db/credentials").parameter("ForceDeleteWithoutRecovery", true));
    }

    @Test
    void resetEmptiesTheJournalAndSequencesStartAgain() {
        client.createSecret(r -> r.name("a").secretString("v"));
        server.resetJournal();
        assertThat(server.requests()).isEmpty();
        assertThat(server.secret("a")).isPresent();

        client.getSecretValue(r -> r.secretId("a"));
        assertThat(server.requests()).extracting(RecordedRequest::sequence).containsExactly(1L);
        server.reset();
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void theJournalKeepsTheMostRecentRequestsOnlyOrNoneAtAll() {
        restart(ServerConfig.builder().journalSize(3).build());
        for (int i = 0; i < 5; i++) {
            client.listSecrets();
        }
        assertThat(server.requests()).extracting(RecordedRequest::sequence).containsExactly(3L, 4L, 5L);
        assertThatThrownBy(() -> server.verify(createSecret()))
                .hasMessageContaining("(2 earlier requests were dropped: the journal keeps only the most recent 3.)");

        restart(ServerConfig.builder().journalSize(0).build());
        client.listSecrets();
        assertThatThrownBy(() -> server.requests())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("journalSize 0");
    }

    @Test
    void parallelPutsAreEachRecordedOnceInIncreasingSequence() throws Exception {
        client.createSecret(r -> r.name("busy").secretString("v"));
        int threads = 8;
        int putsEach = 50;
        List<String> tokens = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<List<String>>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                done.add(pool.submit(() -> {
                    List<String> mine = new ArrayList<>();
                    for (int i = 0; i < putsEach; i++) {
                        String token = UUID.randomUUID().toString();
                        client.putSecretValue(
                                r -> r.secretId("busy").secretString("v").clientRequestToken(token));
                        mine.add(token);
                    }
                    return mine;
                }));
            }
            for (Future<List<String>> future : done) {
                tokens.addAll(future.get());
            }
        } finally {
            pool.shutdown();
        }

        List<RecordedRequest> puts = server.requests(putSecretValue().secretId("busy"));
        assertThat(puts).extracting(RecordedRequest::clientRequestToken).containsExactlyInAnyOrderElementsOf(tokens);
        assertThat(puts).extracting(RecordedRequest::sequence).isSorted().doesNotHaveDuplicates();
        assertThat(server.requests())
                .extracting(RecordedRequest::sequence)
                .containsExactlyElementsOf(java.util.stream.LongStream.rangeClosed(1, 1 + threads * putsEach)
                        .boxed()
                        .toList());
    }

    @Test
    void theAdminEndpointAnswersTheJournalAsJsonFilteredByOperationSecretAndSequence() throws Exception {
        String arn =
                client.createSecret(r -> r.name("db/creds").secretString("v")).arn();
        client.createSecret(r -> r.name("other").secretString("v"));
        client.getSecretValue(r -> r.secretId("db/creds"));
        client.getSecretValue(r -> r.secretId("other"));

        assertThat(JournalJson.read(admin("GET", "")))
                .extracting(RecordedRequest::sequence)
                .containsExactly(1L, 2L, 3L, 4L);
        assertThat(JournalJson.read(admin("GET", "?operation=GetSecretValue&secretId=" + arn)))
                .extracting(RecordedRequest::sequence)
                .containsExactly(3L);
        assertThat(JournalJson.read(admin("GET", "?since=2")))
                .extracting(RecordedRequest::sequence)
                .containsExactly(3L, 4L);
        String json = admin("GET", "?secretId=other");
        assertThat(json)
                .startsWith("{\"requests\":[{\"sequence\":2,")
                .contains("\"operation\":\"CreateSecret\"", "\"secretName\":\"other\"", "\"status\":200")
                .contains("\"errorType\":null", "\"hint\":null");
        assertThat(JournalJson.read(admin("DELETE", ""))).isEmpty();
        assertThat(server.requests()).isEmpty();
    }

    private String admin(String method, String query) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(server.endpoint() + "/__admin/requests" + query))
                                .method(method, HttpRequest.BodyPublishers.noBody())
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return method.equals("DELETE") ? "{\"requests\":[]}" : response.body();
    }
}
