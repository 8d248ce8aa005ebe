package io.github.mocksecretsmanager;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Random;
import org.junit.jupiter.api.Test;

class HttpDateTest {

    @Test
    void formatsAsTheJdkFormatsRfc1123() {
        // RFC 9110's own example, then seeded random instants from 1970 to 2400 against the JDK's formatter.
        assertThat(HttpDate.format(Instant.parse("1994-11-06T08:49:37Z").getEpochSecond()))
                .isEqualTo("Sun, 06 Nov 1994 08:49:37 GMT");
        Random random = new Random(21);
        for (int i = 0; i < 10_000; i++) {
            long second = (long) (random.nextDouble() * 13_569_465_600L);
            assertThat(HttpDate.format(second))
                    .isEqualTo(DateTimeFormatter.RFC_1123_DATE_TIME
                            .format(Instant.ofEpochSecond(second).atOffset(ZoneOffset.UTC))
                            .replaceFirst(", (\\d) ", ", 0$1 "));
        }
    }

    @Test
    void leapDaysAndYearEnds() {
        assertThat(HttpDate.format(Instant.parse("2024-02-29T23:59:59Z").getEpochSecond()))
                .isEqualTo("Thu, 29 Feb 2024 23:59:59 GMT");
        assertThat(HttpDate.format(Instant.parse("2000-12-31T00:00:00Z").getEpochSecond()))
                .isEqualTo("Sun, 31 Dec 2000 00:00:00 GMT");
        assertThat(HttpDate.format(0)).isEqualTo("Thu, 01 Jan 1970 00:00:00 GMT");
    }

    @Test
    void everyAnswerCarriesTheDateAsAwsSendsIt() throws Exception {
        // AWS answers carry Date (the CLI's --debug output shows it on every response); SDKs read it
        // to correct clock skew after a signature error.
        try (MockSecretsManagerServer server = MockSecretsManagerServer.start()) {
            HttpResponse<String> answer = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create(server.endpoint() + "/"))
                                    .header("X-Amz-Target", "secretsmanager.ListSecrets")
                                    .header("Content-Type", "application/x-amz-json-1.1")
                                    .POST(HttpRequest.BodyPublishers.ofString("{}"))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            Instant date = Instant.from(DateTimeFormatter.RFC_1123_DATE_TIME.parse(
                    answer.headers().firstValue("Date").orElseThrow()));
            assertThat(Duration.between(date, Instant.now()).abs()).isLessThan(Duration.ofMinutes(1));
            assertThat(answer.headers().allValues("Date")).hasSize(1);
        }
    }
}
