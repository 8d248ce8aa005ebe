package io.github.mocksecretsmanager.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mocksecretsmanager.MockSecretsManagerServer;
import io.github.mocksecretsmanager.ServerConfig;
import io.github.mocksecretsmanager.testsupport.MutableClock;
import io.github.mocksecretsmanager.testsupport.SdkClients;
import io.github.mocksecretsmanager.testsupport.ServerTest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.secretsmanager.model.InvalidParameterException;
import software.amazon.awssdk.services.secretsmanager.model.InvalidRequestException;
import software.amazon.awssdk.services.secretsmanager.model.LimitExceededException;
import software.amazon.awssdk.services.secretsmanager.model.PutSecretValueResponse;
import software.amazon.awssdk.services.secretsmanager.model.ResourceExistsException;
import software.amazon.awssdk.services.secretsmanager.model.ResourceNotFoundException;
import software.amazon.awssdk.services.secretsmanager.model.SecretVersionsListEntry;

/** PutSecretValue through the real SDK, one nested group per rule of the reference. */
class PutSecretValueTest extends ServerTest {

    private PutSecretValueResponse put(String value) {
        return client.putSecretValue(r -> r.secretId(name).secretString(value));
    }

    private PutSecretValueResponse put(String value, String... stages) {
        return client.putSecretValue(r -> r.secretId(name).secretString(value).versionStages(stages));
    }

    private String createWithValue(String value) {
        return client.createSecret(r -> r.name(name).secretString(value)).versionId();
    }

    /** Every version, deprecated ones included, as versionId -> stages. */
    private Map<String, List<String>> stagesByVersion() {
        return client.listSecretVersionIds(r -> r.secretId(name).includeDeprecated(true)).versions().stream()
                .collect(Collectors.toMap(SecretVersionsListEntry::versionId, SecretVersionsListEntry::versionStages));
    }

    private String currentValue() {
        return client.getSecretValue(r -> r.secretId(name)).secretString();
    }

    @Nested
    class NewVersion {
        @Test
        void theTokenBecomesTheVersionIdAndTheResponseNamesTheSecret() {
            createWithValue("v1");
            String token = token();
            PutSecretValueResponse response = client.putSecretValue(
                    r -> r.secretId(name).secretString("v2").clientRequestToken(token));

            assertThat(response.versionId()).isEqualTo(token);
            assertThat(response.name()).isEqualTo(name);
            assertThat(response.arn())
                    .matches("arn:aws:secretsmanager:us-east-1:123456789012:secret:" + name + "-[A-Za-z0-9]{6}");
            assertThat(response.versionStages()).containsExactly("AWSCURRENT");
            assertThat(client.getSecretValue(r -> r.secretId(name).versionId(token))
                            .secretString())
                    .isEqualTo("v2");
        }

        @Test
        void theSdkGeneratesATokenWhenTheCallerGivesNone() {
            createWithValue("v1");
            assertThat(put("v2").versionId()).matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
        }

        @Test
        void binaryValuesRoundTripByteForByte() {
            client.createSecret(r -> r.name(name));
            byte[] bytes = {0, 1, 2, (byte) 0xff, (byte) 0xfe, 10, 13};
            client.putSecretValue(r -> r.secretId(name).secretBinary(SdkBytes.fromByteArray(bytes)));

            var value = client.getSecretValue(r -> r.secretId(name));
            assertThat(value.secretBinary().asByteArray()).isEqualTo(bytes);
            assertThat(value.secretString()).isNull();
        }

        @Test
        void unicodeStringsRoundTrip() {
            createWithValue("v1");
            String value = "pässwörd 🔑 \u0000 \"quoted\" \\ \n end";
            put(value);
            assertThat(currentValue()).isEqualTo(value);
        }

        @Test
        void bothStringAndBinaryAreRejected() {
            createWithValue("v1");
            assertThatThrownBy(() -> client.putSecretValue(
                            r -> r.secretId(name).secretString("s").secretBinary(SdkBytes.fromUtf8String("b"))))
                    .isInstanceOf(InvalidParameterException.class)
                    .hasMessageContaining("You can't specify both a binary secret value and a string secret value");
            assertThat(stagesByVersion()).hasSize(1);
        }

        @Test
        void neitherStringNorBinaryIsRejected() {
            createWithValue("v1");
            assertThatThrownBy(() -> client.putSecretValue(r -> r.secretId(name)))
                    .isInstanceOf(InvalidRequestException.class)
                    .hasMessageContaining("You must provide either SecretString or SecretBinary.");
        }
    }

    @Nested
    class DefaultStages {
        @Test
        void currentMovesToTheNewVersionAndPreviousToTheOldCurrent() {
            String v1 = createWithValue("v1");
            String v2 = put("v2").versionId();

            assertThat(stagesByVersion())
                    .containsOnly(Map.entry(v1, List.of("AWSPREVIOUS")), Map.entry(v2, List.of("AWSCURRENT")));
            assertThat(currentValue()).isEqualTo("v2");
            assertThat(client.getSecretValue(r -> r.secretId(name).versionStage("AWSPREVIOUS"))
                            .secretString())
                    .isEqualTo("v1");
        }

        @Test
        void previousLeavesTheVersionThatHadItWhichBecomesDeprecated() {
            String v1 = createWithValue("v1");
            String v2 = put("v2").versionId();
            String v3 = put("v3").versionId();

            assertThat(stagesByVersion())
                    .containsOnly(
                            Map.entry(v1, List.of()),
                            Map.entry(v2, List.of("AWSPREVIOUS")),
                            Map.entry(v3, List.of("AWSCURRENT")));
            List<String> listed = client.listSecretVersionIds(r -> r.secretId(name)).versions().stream()
                    .map(SecretVersionsListEntry::versionId)
                    .collect(Collectors.toList());
            assertThat(listed).containsExactlyInAnyOrder(v2, v3);
            assertThat(client.describeSecret(r -> r.secretId(name)).versionIdsToStages())
                    .containsOnlyKeys(v2, v3);
        }

        @Test
        void aPutThatTakesCurrentAwayAlsoDropsPendingFromThatVersion() {
            String v1 = createWithValue("v1");
            String v2 = put("v2", "AWSPENDING").versionId();
            client.updateSecretVersionStage(r -> r.secretId(name)
                    .versionStage("AWSCURRENT")
                    .removeFromVersionId(v1)
                    .moveToVersionId(v2));
            assertThat(stagesByVersion().get(v2)).containsExactlyInAnyOrder("AWSCURRENT", "AWSPENDING");

            String v3 = put("v3").versionId();

            assertThat(stagesByVersion())
                    .containsOnly(
                            Map.entry(v1, List.of()),
                            Map.entry(v2, List.of("AWSPREVIOUS")),
                            Map.entry(v3, List.of("AWSCURRENT")));
        }
    }

    @Nested
    class FirstVersion {
        @Test
        void theFirstVersionOfASecretCreatedWithoutValueBecomesCurrent() {
            client.createSecret(r -> r.name(name));
            PutSecretValueResponse response = put("v1");

            assertThat(response.versionStages()).containsExactly("AWSCURRENT");
            assertThat(currentValue()).isEqualTo("v1");
        }

        @Test
        void theFirstVersionBecomesCurrentEvenWithExplicitStages() {
            client.createSecret(r -> r.name(name));
            PutSecretValueResponse response = put("v1", "AWSPENDING");

            assertThat(response.versionStages()).containsExactlyInAnyOrder("AWSCURRENT", "AWSPENDING");
            assertThat(currentValue()).isEqualTo("v1");
        }
    }

    @Nested
    class ExplicitStages {
        @Test
        void withoutCurrentTheCurrentVersionStaysCurrent() {
            String v1 = createWithValue("v1");
            String v2 = put("pending", "AWSPENDING").versionId();

            assertThat(currentValue()).isEqualTo("v1");
            assertThat(stagesByVersion())
                    .containsOnly(Map.entry(v1, List.of("AWSCURRENT")), Map.entry(v2, List.of("AWSPENDING")));
        }

        @Test
        void eachLabelMovesFromTheVersionThatHadIt() {
            String v1 = createWithValue("v1");
            String v2 = put("v2", "one", "two", "three").versionId();
            String v3 = put("v3", "one", "two", "four").versionId();

            assertThat(stagesByVersion())
                    .containsOnly(
                            Map.entry(v1, List.of("AWSCURRENT")),
                            Map.entry(v2, List.of("three")),
                            Map.entry(v3, List.of("one", "two", "four")));
        }

        @Test
        void aVersionStrippedOfEveryLabelIsDeprecatedAndNoPreviousIsAssigned() {
            createWithValue("v1");
            String v2 = put("v2", "one", "two").versionId();
            put("v3", "one", "two", "three");

            assertThat(stagesByVersion().get(v2)).isEmpty();
            assertThat(stagesByVersion().values()).noneMatch(stages -> stages.contains("AWSPREVIOUS"));
        }

        @Test
        void explicitCurrentMovesPreviousToTheOldCurrent() {
            String v1 = createWithValue("v1");
            String v2 = put("v2", "AWSCURRENT", "PUT0").versionId();

            assertThat(stagesByVersion())
                    .containsOnly(Map.entry(v1, List.of("AWSPREVIOUS")), Map.entry(v2, List.of("AWSCURRENT", "PUT0")));
        }

        @Test
        void pendingMovesWhileOtherLabelsOfItsFormerHolderStay() {
            createWithValue("v1");
            String v2 = put("v2", "AWSCURRENT", "AWSPENDING", "AWSSOMETHING", "PUT1")
                    .versionId();
            String v3 = put("v3", "AWSPENDING", "PUT2").versionId();

            assertThat(stagesByVersion().get(v2)).containsExactly("AWSCURRENT", "AWSSOMETHING", "PUT1");
            assertThat(stagesByVersion().get(v3)).containsExactly("AWSPENDING", "PUT2");
        }

        @Test
        void moreThanTwentyLabelsOnASecretIsALimitError() {
            createWithValue("v1");
            put("v2", "a1", "a2", "a3", "a4", "a5", "a6", "a7", "a8", "a9", "a10");
            assertThatThrownBy(() -> put("v3", "b1", "b2", "b3", "b4", "b5", "b6", "b7", "b8", "b9", "b10"))
                    .isInstanceOf(LimitExceededException.class);
            assertThat(stagesByVersion()).hasSize(2);
        }
    }

    @Nested
    class Idempotency {
        @Test
        void theSameTokenAndValueSucceedsWithoutChangingAnything() {
            createWithValue("v1");
            String token = token();
            PutSecretValueResponse first = client.putSecretValue(
                    r -> r.secretId(name).secretString("v2").clientRequestToken(token));
            Map<String, List<String>> before = stagesByVersion();

            PutSecretValueResponse retry = client.putSecretValue(
                    r -> r.secretId(name).secretString("v2").clientRequestToken(token));

            assertThat(retry.versionId()).isEqualTo(first.versionId());
            assertThat(retry.versionStages()).containsExactly("AWSCURRENT");
            assertThat(stagesByVersion()).isEqualTo(before);
        }

        @Test
        void aRetryDoesNotMoveLabelsBackEvenAfterANewerPut() {
            createWithValue("v1");
            String token = token();
            client.putSecretValue(r -> r.secretId(name).secretString("v2").clientRequestToken(token));
            String v3 = put("v3").versionId();

            PutSecretValueResponse retry = client.putSecretValue(
                    r -> r.secretId(name).secretString("v2").clientRequestToken(token));

            assertThat(retry.versionStages()).containsExactly("AWSPREVIOUS");
            assertThat(client.getSecretValue(r -> r.secretId(name)).versionId()).isEqualTo(v3);
        }

        @Test
        void theSameTokenWithAnotherValueIsRejected() {
            createWithValue("v1");
            String token = token();
            client.putSecretValue(r -> r.secretId(name).secretString("v2").clientRequestToken(token));
            String arn = client.describeSecret(r -> r.secretId(name)).arn();

            assertThatThrownBy(() -> client.putSecretValue(
                            r -> r.secretId(name).secretString("other").clientRequestToken(token)))
                    .isInstanceOf(ResourceExistsException.class)
                    .hasMessageContaining("You can't use ClientRequestToken " + token
                            + " because that value is already in use for a version of secret " + arn + ".");
            assertThat(currentValue()).isEqualTo("v2");
        }

        @Test
        void aStringAndABinaryValueAreDifferentValues() {
            createWithValue("v1");
            String token = token();
            client.putSecretValue(r -> r.secretId(name).secretString("same").clientRequestToken(token));

            assertThatThrownBy(() -> client.putSecretValue(r -> r.secretId(name)
                            .secretBinary(SdkBytes.fromUtf8String("same"))
                            .clientRequestToken(token)))
                    .isInstanceOf(ResourceExistsException.class);
        }

        @Test
        void binaryRetriesCompareBytes() {
            createWithValue("v1");
            String token = token();
            SdkBytes bytes = SdkBytes.fromByteArray(new byte[] {1, 2, 3});
            String first = client.putSecretValue(
                            r -> r.secretId(name).secretBinary(bytes).clientRequestToken(token))
                    .versionId();
            String retry = client.putSecretValue(r -> r.secretId(name)
                            .secretBinary(SdkBytes.fromByteArray(new byte[] {1, 2, 3}))
                            .clientRequestToken(token))
                    .versionId();
            assertThat(retry).isEqualTo(first);
        }
    }

    @Nested
    class SecretState {
        @Test
        void anUnknownSecretIsNotFound() {
            assertThatThrownBy(() -> put("v1"))
                    .isInstanceOf(ResourceNotFoundException.class)
                    .hasMessageContaining("Secrets Manager can't find the specified secret.");
        }

        @Test
        void aSecretScheduledForDeletionRefusesNewVersions() {
            createWithValue("v1");
            client.deleteSecret(r -> r.secretId(name).recoveryWindowInDays(7L));

            assertThatThrownBy(() -> put("v2"))
                    .isInstanceOf(InvalidRequestException.class)
                    .hasMessageContaining(
                            "You can't perform this operation on the secret because it was marked for deletion.");
            client.restoreSecret(r -> r.secretId(name));
            assertThat(currentValue()).isEqualTo("v1");
        }

        @Test
        void putRefreshesLastChangedDate() throws InterruptedException {
            createWithValue("v1");
            Instant before = client.describeSecret(r -> r.secretId(name)).lastChangedDate();
            Thread.sleep(5);
            put("v2");
            assertThat(client.describeSecret(r -> r.secretId(name)).lastChangedDate())
                    .isAfter(before);
        }
    }

    @Nested
    class VersionPruning {
        private final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));

        private MockSecretsManagerServer startServer(int versionLimit) {
            return MockSecretsManagerServer.start(ServerConfig.builder()
                    .clock(clock)
                    .versionLimit(versionLimit)
                    .build());
        }

        /** Creates the secret and puts until it has {@code count} versions, valued v0 to v(count-1). */
        private void createWithVersions(SecretsManagerClient sdk, int count) {
            sdk.createSecret(r -> r.name(name).secretString("v0"));
            for (int i = 1; i < count; i++) {
                String value = "v" + i;
                sdk.putSecretValue(r -> r.secretId(name).secretString(value));
            }
        }

        @Test
        void deprecatedVersionsOlderThanADayArePrunedBeyondOneHundred() {
            try (MockSecretsManagerServer local = startServer(0);
                    SecretsManagerClient sdk = SdkClients.syncClient(local)) {
                createWithVersions(sdk, 110);
                assertThat(local.secret(name).orElseThrow().versions()).hasSize(110);

                clock.advance(Duration.ofHours(25));
                String newest = sdk.putSecretValue(r -> r.secretId(name).secretString("new"))
                        .versionId();

                var versions = local.secret(name).orElseThrow().versions();
                assertThat(versions).hasSize(100);
                assertThat(versions.get(versions.size() - 1).versionId()).isEqualTo(newest);
                assertThat(versions).anyMatch(v -> v.hasStage("AWSPREVIOUS"));
            }
        }

        @Test
        void versionsYoungerThanADayAreNeverPruned() {
            try (MockSecretsManagerServer local = startServer(0);
                    SecretsManagerClient sdk = SdkClients.syncClient(local)) {
                createWithVersions(sdk, 150);
                assertThat(local.secret(name).orElseThrow().versions()).hasSize(150);
            }
        }

        @Test
        void aConfiguredVersionQuotaAnswersLimitExceededUntilVersionsAgeOut() {
            try (MockSecretsManagerServer local = startServer(100);
                    SecretsManagerClient sdk = SdkClients.syncClient(local)) {
                createWithVersions(sdk, 100);
                assertThatThrownBy(
                                () -> sdk.putSecretValue(r -> r.secretId(name).secretString("one too many")))
                        .isInstanceOf(LimitExceededException.class);
                assertThat(sdk.getSecretValue(r -> r.secretId(name)).secretString())
                        .isEqualTo("v99");

                clock.advance(Duration.ofHours(25));
                sdk.putSecretValue(r -> r.secretId(name).secretString("accepted"));
                assertThat(sdk.getSecretValue(r -> r.secretId(name)).secretString())
                        .isEqualTo("accepted");
                assertThat(local.secret(name).orElseThrow().versions()).hasSize(100);
            }
        }
    }
}
