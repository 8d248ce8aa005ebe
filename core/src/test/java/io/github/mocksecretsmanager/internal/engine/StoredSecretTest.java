package io.github.mocksecretsmanager.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mocksecretsmanager.model.SecretMetadata;
import io.github.mocksecretsmanager.model.SecretValue;
import io.github.mocksecretsmanager.model.SecretVersion;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The version and staging-label state machine, without HTTP. */
class StoredSecretTest {

    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    private final StoredSecret secret = new StoredSecret(SecretMetadata.builder()
            .name("s")
            .arn("arn:aws:secretsmanager:us-east-1:123456789012:secret:s-abcdef")
            .createdDate(T0)
            .build());

    private SecretVersion put(String id, List<String> stages) {
        return secret.putVersion(id, SecretValue.ofString("value of " + id), stages, T0, 0);
    }

    private Map<String, List<String>> stages() {
        Map<String, List<String>> stages = new LinkedHashMap<>();
        secret.versions().forEach(v -> stages.put(v.versionId(), v.stages()));
        return stages;
    }

    @Test
    void defaultPutsRotateCurrentAndPrevious() {
        put("v1", null);
        put("v2", null);
        put("v3", null);
        assertThat(stages())
                .containsExactly(
                        Map.entry("v1", List.of()),
                        Map.entry("v2", List.of("AWSPREVIOUS")),
                        Map.entry("v3", List.of("AWSCURRENT")));
    }

    @Test
    void theFirstVersionIsCurrentWhateverStagesAreAsked() {
        put("v1", List.of("AWSPENDING"));
        assertThat(stages()).containsExactly(Map.entry("v1", List.of("AWSCURRENT", "AWSPENDING")));
    }

    @Test
    void explicitLabelsMoveOneByOne() {
        put("v1", null);
        put("v2", List.of("a", "b"));
        put("v3", List.of("b", "c"));
        assertThat(stages())
                .containsExactly(
                        Map.entry("v1", List.of("AWSCURRENT")),
                        Map.entry("v2", List.of("a")),
                        Map.entry("v3", List.of("b", "c")));
    }

    @Test
    void everyLabelIsOnAtMostOneVersion() {
        put("v1", null);
        put("v2", List.of("x", "AWSPENDING"));
        put("v3", List.of("AWSCURRENT", "x"));
        put("v4", List.of("AWSPENDING", "AWSPREVIOUS"));
        Map<String, Long> counts = new LinkedHashMap<>();
        secret.versions().forEach(v -> v.stages().forEach(s -> counts.merge(s, 1L, Long::sum)));
        assertThat(counts)
                .allSatisfy((label, count) -> assertThat(count).as(label).isEqualTo(1L));
        assertThat(secret.versionWithStage("AWSCURRENT").versionId()).isEqualTo("v3");
    }

    @Test
    void idempotentPutReturnsTheExistingVersionUnchanged() {
        put("v1", null);
        put("v2", null);
        SecretVersion again = secret.putVersion("v1", SecretValue.ofString("value of v1"), null, T0, 0);
        assertThat(again.stages()).containsExactly("AWSPREVIOUS");
        assertThat(secret.versionWithStage("AWSCURRENT").versionId()).isEqualTo("v2");
    }

    @Test
    void aTokenReusedWithAnotherValueFailsWithoutChange() {
        put("v1", null);
        assertThatThrownBy(() -> secret.putVersion("v1", SecretValue.ofString("other"), null, T0, 0))
                .isInstanceOf(AwsException.class)
                .extracting(e -> ((AwsException) e).code())
                .isEqualTo(ErrorCode.ResourceExistsException);
        assertThat(secret.version("v1").value()).isEqualTo(SecretValue.ofString("value of v1"));
    }

    @Test
    void movingCurrentByHandMovesPrevious() {
        put("v1", null);
        put("v2", List.of("AWSPENDING"));
        secret.moveStage("AWSCURRENT", "v1", "v2", T0);
        assertThat(stages())
                .containsExactly(
                        Map.entry("v1", List.of("AWSPREVIOUS")), Map.entry("v2", List.of("AWSPENDING", "AWSCURRENT")));
    }

    @Test
    void movingALabelOntoTheVersionThatHasItChangesNothing() {
        put("v1", null);
        secret.moveStage("AWSCURRENT", "v1", "v1", T0);
        assertThat(stages()).containsExactly(Map.entry("v1", List.of("AWSCURRENT")));
    }

    @Test
    void aRejectedMoveLeavesEveryLabelInPlace() {
        put("v1", null);
        put("v2", List.of("x"));
        Map<String, List<String>> before = stages();
        assertThatThrownBy(() -> secret.moveStage("AWSCURRENT", null, "v2", T0)).isInstanceOf(AwsException.class);
        assertThatThrownBy(() -> secret.moveStage("x", "v1", "v2", T0)).isInstanceOf(AwsException.class);
        assertThatThrownBy(() -> secret.moveStage("AWSCURRENT", "v1", null, T0)).isInstanceOf(AwsException.class);
        assertThat(stages()).isEqualTo(before);
    }

    @Test
    void pruningKeepsLabelledAndYoungVersions() {
        put("labelled", List.of("keep"));
        for (int i = 0; i < 120; i++) {
            put("old" + i, null);
        }
        Instant later = T0.plus(Duration.ofDays(2));
        secret.putVersion("new", SecretValue.ofString("n"), null, later, 0);

        assertThat(secret.versions()).hasSize(100);
        assertThat(secret.version("labelled")).isNotNull();
        assertThat(secret.version("new").stages()).containsExactly("AWSCURRENT");
        assertThat(secret.version("old119").stages()).containsExactly("AWSPREVIOUS");
        assertThat(secret.version("old0")).isNull();
    }

    @Test
    void putCostDoesNotDependOnHowManyVersionsExist() {
        for (int i = 0; i < 10_000; i++) {
            put("v" + i, null);
        }
        // No pruning scan runs for versions younger than a day: the oldest is checked and the loop stops.
        assertThat(secret.versions()).hasSize(10_000);
        assertThat(secret.versionWithStage("AWSCURRENT").versionId()).isEqualTo("v9999");
    }

    @Test
    void uuidTokensAsTheSdksSendThemRoundTripWithTheirValuesAndDates() {
        String first = "0f8e5d1c-2b3a-4c5d-8e9f-a0b1c2d3e4f5";
        String second = "1f8e5d1c-2b3a-4c5d-8e9f-a0b1c2d3e4f5";
        Instant later = T0.plusNanos(123_456_789);
        secret.putVersion(first, SecretValue.ofString("one"), null, T0, 0);
        secret.putVersion(second, SecretValue.ofBinary(new byte[] {1, 2, 3}), null, later, 0);

        assertThat(stages())
                .containsExactly(Map.entry(first, List.of("AWSPREVIOUS")), Map.entry(second, List.of("AWSCURRENT")));
        SecretVersion current = secret.versionWithStage("AWSCURRENT");
        assertThat(current.versionId()).isEqualTo(second);
        assertThat(current.value()).isEqualTo(SecretValue.ofBinary(new byte[] {1, 2, 3}));
        assertThat(current.createdDate()).isEqualTo(later);
        assertThat(secret.version(first).value()).isEqualTo(SecretValue.ofString("one"));
        assertThat(secret.version(first.toUpperCase(java.util.Locale.ROOT))).isNull();
    }

    @Test
    void aVersionListsItsLabelsInTheOrderTheyWereAttached() {
        put("v1", List.of("B", "A"));
        secret.moveStage("C", null, "v1", T0);
        secret.moveStage("B", null, "v1", T0); // already there: stays where it was
        assertThat(secret.version("v1").stages()).containsExactly("AWSCURRENT", "B", "A", "C");
    }

    @Test
    void recordingAnAccessKeepsValueDateAndLabels() {
        put("v1", null);
        Instant day = T0.plus(Duration.ofDays(3));
        SecretVersion returned = secret.recordAccess(secret.version("v1"), day);
        SecretVersion read = secret.version("v1");
        assertThat(returned).isEqualTo(read);
        assertThat(read.lastAccessedDate()).isEqualTo(day);
        assertThat(read.createdDate()).isEqualTo(T0);
        assertThat(read.stages()).containsExactly("AWSCURRENT");
        assertThat(read.value()).isEqualTo(SecretValue.ofString("value of v1"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "plain ascii",
                "caf\u00e9 \u00ff",
                "\u20ac uses two bytes",
                "\ud83d\ude00 emoji",
                "\ud800 lone"
            })
    void anyStringValueComesBackExactly(String value) {
        secret.putVersion("v1", SecretValue.ofString(value), null, T0, 0);
        assertThat(secret.version("v1").value().string()).isEqualTo(value);
        assertThat(secret.putVersion("v1", SecretValue.ofString(value), null, T0, 0)
                        .versionId())
                .as("an idempotent retry matches the stored value")
                .isEqualTo("v1");
    }

    @Test
    void binaryValuesStayBinaryEvenWhenTheyLookLikeText() {
        secret.putVersion(
                "v1", SecretValue.ofBinary("text".getBytes(java.nio.charset.StandardCharsets.US_ASCII)), null, T0, 0);
        SecretValue stored = secret.version("v1").value();
        assertThat(stored.isBinary()).isTrue();
        assertThat(stored.binary()).containsExactly('t', 'e', 'x', 't');
        assertThatThrownBy(() -> secret.putVersion("v1", SecretValue.ofString("text"), null, T0, 0))
                .isInstanceOf(AwsException.class);
    }

    @Test
    void nothingTheSecretHoldsPrintsAValue() {
        String value = "costs 5 \u20ac"; // beyond Latin-1: kept as a String, not as bytes
        secret.putVersion("v1", SecretValue.ofString(value), null, T0, 0);
        assertThat(secret.version("v1").toString()).doesNotContain(value);
        assertThat(secret.snapshot().toString()).doesNotContain(value);
        assertThat(secret).extracting("versions").asString().doesNotContain(value);
    }
}
