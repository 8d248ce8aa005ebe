package io.github.mocksecretsmanager.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mocksecretsmanager.MockSecretsManagerServer;
import io.github.mocksecretsmanager.ServerConfig;
import io.github.mocksecretsmanager.faults.ServerClock;
import io.github.mocksecretsmanager.testsupport.SdkClients;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.secretsmanager.model.ResourceNotFoundException;
import software.amazon.awssdk.services.secretsmanager.model.SecretVersionsListEntry;

/**
 * The server's clock, moved by the test: what falls due happens when the clock moves, not only when a
 * request looks.
 */
class ServerClockTest {

    private static final Instant START = Instant.parse("2030-01-01T00:00:00Z");

    private final MockSecretsManagerServer server = MockSecretsManagerServer.start(
            ServerConfig.builder().clock(Clock.fixed(START, ZoneOffset.UTC)).build());
    private final SecretsManagerClient client = SdkClients.syncClient(server);
    private final ServerClock clock = server.clock();

    @AfterEach
    void stop() {
        client.close();
        server.close();
    }

    @Test
    void theClockIsReadSetAndAdvanced() {
        assertThat(clock.now()).isEqualTo(START);
        clock.advance(Duration.ofHours(5));
        assertThat(clock.now()).isEqualTo(START.plus(5, ChronoUnit.HOURS));
        clock.set(Instant.parse("2031-06-01T12:00:00Z"));
        assertThat(clock.now()).isEqualTo(Instant.parse("2031-06-01T12:00:00Z"));
        assertThatThrownBy(() -> clock.advance(Duration.ofSeconds(-1))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void resetPutsTheClockBack() {
        clock.advance(Duration.ofDays(3));
        server.reset();
        assertThat(clock.now()).isEqualTo(START);
    }

    /**
     * DeleteSecret (API reference): "Secrets Manager ... deletes the secret permanently at the end of
     * the recovery window"; until then DescribeSecret shows a DeletedDate, afterwards the secret is not
     * found and its name can be used again.
     */
    @Test
    void aSecretScheduledForDeletionIsGoneOnceItsWindowHasPassed() {
        client.createSecret(r -> r.name("db/old").secretString("v1"));
        client.deleteSecret(r -> r.secretId("db/old").recoveryWindowInDays(7L));

        clock.advance(Duration.ofDays(6));
        assertThat(client.describeSecret(r -> r.secretId("db/old")).deletedDate())
                .isNotNull();

        clock.advance(Duration.ofDays(2));
        assertThat(server.secrets()).isEmpty(); // gone without a request having looked
        assertThatThrownBy(() -> client.describeSecret(r -> r.secretId("db/old")))
                .isInstanceOf(ResourceNotFoundException.class);
        client.createSecret(r -> r.name("db/old").secretString("new"));
        assertThat(client.getSecretValue(r -> r.secretId("db/old")).secretString())
                .isEqualTo("new");
    }

    /**
     * PutSecretValue (API reference): "If you create more than 100 versions, Secrets Manager removes
     * outdated versions when there are more than 100, but it does not remove versions created less than
     * 24 hours ago." 150 puts over two simulated days: nothing can go while every version is younger
     * than a day; once the first day's versions are a day old, the oldest deprecated ones go, without
     * another put, until 100 are left.
     */
    @Test
    void versionsOlderThanADayArePrunedWhenTheClockPassesThem() {
        client.createSecret(r -> r.name("app/key").secretString("v0"));
        List<String> putIds = new ArrayList<>();
        for (int i = 1; i <= 75; i++) {
            String value = "v" + i;
            putIds.add(client.putSecretValue(r -> r.secretId("app/key").secretString(value))
                    .versionId());
        }
        clock.advance(Duration.ofHours(12));
        for (int i = 76; i <= 150; i++) {
            String value = "v" + i;
            putIds.add(client.putSecretValue(r -> r.secretId("app/key").secretString(value))
                    .versionId());
        }
        assertThat(versionIds()).hasSize(151);

        clock.advance(Duration.ofHours(13)); // the first 76 versions are now more than 24 hours old
        List<String> kept = versionIds();
        assertThat(kept).hasSize(100);
        // The initial version and the first 50 puts went; the 25 newer first-day ones stay.
        assertThat(kept).containsExactlyInAnyOrderElementsOf(putIds.subList(50, 150));

        clock.advance(Duration.ofDays(1)); // a second day: 100 versions are not more than 100
        assertThat(versionIds()).hasSize(100);
    }

    /** DescribeSecret (API reference): LastAccessedDate is "the date ... truncated to midnight". */
    @Test
    void lastAccessedDateFollowsTheClock() {
        client.createSecret(r -> r.name("api/key").secretString("v1"));
        clock.set(Instant.parse("2030-03-04T15:16:17Z"));
        client.getSecretValue(r -> r.secretId("api/key"));
        assertThat(client.describeSecret(r -> r.secretId("api/key")).lastAccessedDate())
                .isEqualTo(Instant.parse("2030-03-04T00:00:00Z"));
    }

    @Test
    void nextRotationDateFollowsTheClock() {
        client.createSecret(r -> r.name("db/rotated").secretString("v1"));
        server.registerRotationFunction("arn:aws:lambda:us-east-1:123456789012:function:rotate", event -> {});
        clock.set(Instant.parse("2030-05-01T10:00:00Z"));
        client.rotateSecret(r -> r.secretId("db/rotated")
                .rotationLambdaARN("arn:aws:lambda:us-east-1:123456789012:function:rotate")
                .rotationRules(rules -> rules.automaticallyAfterDays(10L))
                .rotateImmediately(false));
        Instant next = client.describeSecret(r -> r.secretId("db/rotated")).nextRotationDate();
        // Never rotated: the last second of the daily window 10 days after rotation was turned on.
        assertThat(next).isEqualTo(Instant.parse("2030-05-11T23:59:59Z"));
    }

    @Test
    void signaturesAreCheckedAgainstTheRealTimeWhateverTheServerClockSays() {
        try (MockSecretsManagerServer signed = MockSecretsManagerServer.start(ServerConfig.builder()
                        .credentials("AKIDCLOCK", "secret-key")
                        .build());
                SecretsManagerClient signedClient = SecretsManagerClient.builder()
                        .endpointOverride(signed.endpoint())
                        .region(Region.of(signed.region()))
                        .credentialsProvider(
                                StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDCLOCK", "secret-key")))
                        .httpClient(UrlConnectionHttpClient.create())
                        .build()) {
            signed.clock().advance(Duration.ofDays(40));
            signedClient.createSecret(r -> r.name("signed").secretString("v1"));
            assertThat(signed.secret("signed").orElseThrow().metadata().createdDate())
                    .isAfter(Instant.now().plus(Duration.ofDays(39)));
        }
    }

    @Test
    void theAdminEndpointReadsAndMovesTheClock() throws Exception {
        assertThat(admin("GET", "/__admin/clock", null).body()).isEqualTo("{\"now\":\"2030-01-01T00:00:00Z\"}");
        assertThat(admin("POST", "/__admin/clock", "{\"advance\":\"P8D\"}").body())
                .isEqualTo("{\"now\":\"2030-01-09T00:00:00Z\"}");
        assertThat(admin("POST", "/__admin/clock", "{\"set\":\"2030-02-01T10:00:00Z\"}")
                        .body())
                .isEqualTo("{\"now\":\"2030-02-01T10:00:00Z\"}");
        assertThat(clock.now()).isEqualTo(Instant.parse("2030-02-01T10:00:00Z"));
        admin("POST", "/__admin/reset", null);
        assertThat(clock.now()).isEqualTo(START);
    }

    @Test
    void badClockRequestsAnswer400() throws Exception {
        for (String body : List.of(
                "{\"advance\":\"eight days\"}",
                "{\"advance\":\"-P1D\"}",
                "{\"set\":\"yesterday\"}",
                "{\"advance\":\"P1D\",\"set\":\"2030-01-01T00:00:00Z\"}",
                "{}",
                "[1]",
                "{\"advance\":")) {
            HttpResponse<String> response = admin("POST", "/__admin/clock", body);
            assertThat(response.statusCode()).as(body).isEqualTo(400);
            assertThat(response.body()).as(body).contains("\"__type\":\"ValidationException\"");
        }
        assertThat(clock.now()).isEqualTo(START);
    }

    private List<String> versionIds() {
        return client.listSecretVersionIds(r -> r.secretId("app/key").includeDeprecated(true)).versions().stream()
                .map(SecretVersionsListEntry::versionId)
                .toList();
    }

    private HttpResponse<String> admin(String method, String path, String body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(server.endpoint() + path))
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }
}
