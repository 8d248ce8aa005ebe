package io.github.mocksecretsmanager.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mocksecretsmanager.journal.FaultJson;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FaultJsonTest {

    @Test
    void rulesSurviveTheirJson() {
        List<FaultRule> rules = List.of(
                FaultRule.onOperation("GetSecretValue").throttle().times(2).withId("fault-1"),
                FaultRule.onAnyOperation().secretId("db/creds").latency(Duration.ofMillis(200)),
                FaultRule.onAnyOperation().latency(Duration.ofMillis(100), Duration.ofMillis(300)),
                FaultRule.onOperation("PutSecretValue")
                        .connection(ConnectionFault.CLOSE_AFTER_HEADERS)
                        .probability(0.25, 42),
                FaultRule.onOperation("ListSecrets").answerError("AccessDeniedException", 400, "no \"list\" for you"));
        for (FaultRule rule : rules) {
            assertThat(FaultJson.read(FaultJson.write(rule))).isEqualTo(rule);
        }
        assertThat(FaultJson.readList(FaultJson.writeList(rules))).isEqualTo(rules);
    }

    @Test
    void theAdminFormReadsAsTheIssueWritesIt() {
        FaultRule rule = FaultJson.read(
                "{\"operation\": \"GetSecretValue\", \"errorType\": \"ThrottlingException\", \"status\": 400, \"count\": 2}");
        assertThat(rule)
                .isEqualTo(FaultRule.onOperation("GetSecretValue").throttle().times(2));
        assertThat(FaultJson.read("{\"errorType\": \"InternalServiceError\"}").status())
                .isEqualTo(500);
        assertThat(FaultJson.read("{\"errorType\": \"ServiceUnavailable\"}").status())
                .isEqualTo(503);
        assertThat(FaultJson.read("{\"connection\": \"reset\", \"secretId\": \"a\"}")
                        .connection())
                .isEqualTo(ConnectionFault.RESET);
        assertThat(FaultJson.write(
                        FaultRule.onOperation("GetSecretValue").throttle().times(2)))
                .isEqualTo("{\"operation\":\"GetSecretValue\",\"errorType\":\"ThrottlingException\",\"status\":400,"
                        + "\"message\":\"Rate exceeded\",\"count\":2}");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "[]",
                "{",
                "{}",
                "{\"operation\": \"GetSecretValue\"}",
                "{\"errorType\": \"X\", \"latencyMs\": 5}",
                "{\"errorType\": \"X\", \"status\": 200}",
                "{\"errorType\": \"X\", \"status\": 99999999999999}",
                "{\"errorType\": 5}",
                "{\"latencyMs\": -1}",
                "{\"latencyMs\": 1.5}",
                "{\"latencyMinMs\": 5}",
                "{\"latencyMinMs\": 9, \"latencyMaxMs\": 5}",
                "{\"connection\": \"explode\"}",
                "{\"latencyMs\": 5, \"status\": 500}",
                "{\"latencyMs\": 5, \"count\": 0}",
                "{\"latencyMs\": 5, \"probability\": 1.5}",
                "{\"latencyMs\": 5, \"probability\": \"half\"}",
                "{\"latencyMs\": 5, \"seed\": 3}",
                "{\"latencyMs\": 5, \"times\": 3}",
                "{\"operation\": \"\", \"latencyMs\": 5}"
            })
    void badRulesAreRefusedWithAMessage(String json) {
        assertThatThrownBy(() -> FaultJson.read(json))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageNotContaining("null");
    }

    @Test
    void theClockAnswerSurvivesItsJson() {
        Instant now = Instant.parse("2030-01-01T00:00:00.123Z");
        assertThat(FaultJson.readNow(FaultJson.writeNow(now))).isEqualTo(now);
        assertThat(FaultJson.writeAdvance(Duration.ofDays(8))).isEqualTo("{\"advance\":\"PT192H\"}");
    }

    @Test
    void descriptionsAreShort() {
        assertThat(FaultRule.onAnyOperation().throttle().description()).isEqualTo("ThrottlingException");
        assertThat(FaultRule.onAnyOperation().latency(Duration.ofMillis(200)).description())
                .isEqualTo("latency 200ms");
        assertThat(FaultRule.onAnyOperation().connection(ConnectionFault.RESET).description())
                .isEqualTo("connection reset");
    }
}
