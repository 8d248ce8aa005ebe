package io.github.mocksecretsmanager.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JournalJsonTest {

    @Test
    void whatIsWrittenReadsBackEqual() {
        RecordedRequest full = RecordedRequest.builder()
                .sequence(7)
                .time(Instant.parse("2026-12-01T10:00:00.123Z"))
                .operation("ListSecrets")
                .secretId("a \"quoted\"\nname\u0001")
                .secretName("n")
                .secretArn("arn")
                .versionId("v")
                .stages(List.of("AWSCURRENT", "custom"))
                .clientRequestToken("t")
                .parameter("Filters", List.of(Map.of("Key", "name"), Map.of("Values", List.of("a", "b"))))
                .parameter("MaxResults", 5)
                .parameter("IncludePlannedDeletion", true)
                .parameter("Ratio", 1.50)
                .status(400)
                .errorType("ValidationException")
                .hint("did you mean x?")
                .duration(Duration.ofNanos(123_000))
                .region("eu-west-1")
                .accessKeyId("AKID")
                .userAgent("aws-sdk-java/2.54.14")
                .fault("ThrottlingException")
                .build();
        RecordedRequest sparse = RecordedRequest.builder()
                .sequence(8)
                .time(Instant.parse("2026-12-01T10:00:01Z"))
                .operation("Unknown")
                .status(200)
                .build();

        String json = JournalJson.write(List.of(full, sparse));
        assertThat(JournalJson.read(json)).containsExactly(full, sparse);
        assertThat(full.parameters())
                .containsEntry("Filters", "[{\"Key\":\"name\"},{\"Values\":[\"a\",\"b\"]}]")
                .containsEntry("Ratio", "1.5");
        assertThat(json)
                .contains("\"secretId\":\"a \\\"quoted\\\"\\nname\\u0001\"")
                .contains("\"durationMicros\":123");
    }

    @Test
    void whatIsNotAJournalIsRefusedWithThePositionOnly() {
        assertThatThrownBy(() -> JournalJson.read("{\"requests\": [ {\"sequence\": x-secret-x }]}"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Invalid JSON at character")
                .hasMessageNotContaining("x-secret-x");
        assertThatThrownBy(() -> JournalJson.read("[]")).hasMessageContaining("expected {\"requests\": [...]}");
    }
}
