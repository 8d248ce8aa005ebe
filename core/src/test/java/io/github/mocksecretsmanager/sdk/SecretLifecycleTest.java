package io.github.mocksecretsmanager.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mocksecretsmanager.testsupport.ServerTest;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.secretsmanager.model.CreateSecretResponse;
import software.amazon.awssdk.services.secretsmanager.model.DeleteSecretResponse;
import software.amazon.awssdk.services.secretsmanager.model.DescribeSecretResponse;
import software.amazon.awssdk.services.secretsmanager.model.GetSecretValueResponse;
import software.amazon.awssdk.services.secretsmanager.model.InvalidParameterException;
import software.amazon.awssdk.services.secretsmanager.model.InvalidRequestException;
import software.amazon.awssdk.services.secretsmanager.model.ListSecretVersionIdsResponse;
import software.amazon.awssdk.services.secretsmanager.model.ResourceExistsException;
import software.amazon.awssdk.services.secretsmanager.model.ResourceNotFoundException;
import software.amazon.awssdk.services.secretsmanager.model.SecretVersionsListEntry;
import software.amazon.awssdk.services.secretsmanager.model.SecretsManagerException;
import software.amazon.awssdk.services.secretsmanager.model.Tag;

/** The operations around PutSecretValue, through the real SDK. */
class SecretLifecycleTest extends ServerTest {

    private String create(String value) {
        return client.createSecret(r -> r.name(name).secretString(value)).versionId();
    }

    /** Puts a value; with no stages given, sends none (an empty list would be a validation error). */
    private String put(String value, String... stages) {
        return client.putSecretValue(r -> {
                    r.secretId(name).secretString(value);
                    if (stages.length > 0) {
                        r.versionStages(stages);
                    }
                })
                .versionId();
    }

    private Map<String, List<String>> labelled() {
        return client.describeSecret(r -> r.secretId(name)).versionIdsToStages();
    }

    @Nested
    class CreateSecret {
        @Test
        void withAValueReturnsTheFirstVersion() {
            String token = token();
            CreateSecretResponse response =
                    client.createSecret(r -> r.name(name).secretString("v1").clientRequestToken(token));

            assertThat(response.versionId()).isEqualTo(token);
            assertThat(response.arn())
                    .endsWith(":secret:" + name
                            + response.arn().substring(response.arn().length() - 7));
            assertThat(labelled()).containsOnly(Map.entry(token, List.of("AWSCURRENT")));
        }

        @Test
        void withoutAValueHasNoVersionAndNothingToGet() {
            CreateSecretResponse response =
                    client.createSecret(r -> r.name(name).description("empty"));

            assertThat(response.versionId()).isNull();
            DescribeSecretResponse described = client.describeSecret(r -> r.secretId(name));
            assertThat(described.hasVersionIdsToStages()).isFalse();
            assertThat(described.description()).isEqualTo("empty");
            assertThatThrownBy(() -> client.getSecretValue(r -> r.secretId(name)))
                    .isInstanceOf(ResourceNotFoundException.class)
                    .hasMessageContaining(
                            "Secrets Manager can't find the specified secret value for staging label: AWSCURRENT");
        }

        @Test
        void anExistingNameIsRejected() {
            create("v1");
            assertThatThrownBy(() -> client.createSecret(r -> r.name(name).secretString("v2")))
                    .isInstanceOf(ResourceExistsException.class)
                    .hasMessageContaining("The operation failed because the secret " + name + " already exists.");
            assertThat(client.getSecretValue(r -> r.secretId(name)).secretString())
                    .isEqualTo("v1");
        }

        @Test
        void aRetryWithTheSameTokenAndValueIsIdempotent() {
            String token = token();
            CreateSecretResponse first =
                    client.createSecret(r -> r.name(name).secretString("v1").clientRequestToken(token));
            CreateSecretResponse retry =
                    client.createSecret(r -> r.name(name).secretString("v1").clientRequestToken(token));

            assertThat(retry.arn()).isEqualTo(first.arn());
            assertThat(retry.versionId()).isEqualTo(token);
        }

        @Test
        void theSameTokenWithAnotherValueIsRejected() {
            String token = token();
            client.createSecret(r -> r.name(name).secretString("v1").clientRequestToken(token));
            assertThatThrownBy(() -> client.createSecret(
                            r -> r.name(name).secretString("v2").clientRequestToken(token)))
                    .isInstanceOf(ResourceExistsException.class)
                    .hasMessageContaining("You can't use ClientRequestToken " + token);
        }

        @Test
        void aNameScheduledForDeletionCannotBeReused() {
            create("v1");
            client.deleteSecret(r -> r.secretId(name));
            assertThatThrownBy(() -> client.createSecret(r -> r.name(name).secretString("v2")))
                    .isInstanceOf(InvalidRequestException.class)
                    .hasMessageContaining(
                            "You can't create this secret because a secret with this name is already scheduled for deletion.");
        }

        @Test
        void anInvalidNameIsAValidationError() {
            assertThatThrownBy(
                            () -> client.createSecret(r -> r.name("has space").secretString("v1")))
                    .isInstanceOf(SecretsManagerException.class)
                    .satisfies(e -> assertThat(((SecretsManagerException) e)
                                    .awsErrorDetails()
                                    .errorCode())
                            .isEqualTo("ValidationException"))
                    .hasMessageContaining(
                            "Invalid name. Must be a valid name containing alphanumeric characters, or any of the"
                                    + " following: -/_+=.@!");
        }

        @Test
        void tagsAndKmsKeyAreRecorded() {
            client.createSecret(r -> r.name(name)
                    .secretString("v1")
                    .kmsKeyId("alias/custom")
                    .tags(Tag.builder().key("team").value("payments").build()));

            DescribeSecretResponse described = client.describeSecret(r -> r.secretId(name));
            assertThat(described.tags())
                    .containsExactly(Tag.builder().key("team").value("payments").build());
            assertThat(described.kmsKeyId()).isEqualTo("alias/custom");
            assertThat(client.listSecretVersionIds(r -> r.secretId(name))
                            .versions()
                            .get(0)
                            .kmsKeyIds())
                    .containsExactly("alias/custom");
        }
    }

    @Nested
    class GetSecretValue {
        @Test
        void returnsTheCurrentVersionWithItsStagesAndDate() {
            String v1 = create("v1");
            GetSecretValueResponse value = client.getSecretValue(r -> r.secretId(name));

            assertThat(value.secretString()).isEqualTo("v1");
            assertThat(value.versionId()).isEqualTo(v1);
            assertThat(value.versionStages()).containsExactly("AWSCURRENT");
            assertThat(value.name()).isEqualTo(name);
            assertThat(value.createdDate()).isCloseTo(Instant.now(), within(Duration.ofMinutes(1)));
        }

        @Test
        void readsByVersionIdOrStage() {
            String v1 = create("v1");
            put("pending", "AWSPENDING");

            assertThat(client.getSecretValue(r -> r.secretId(name).versionId(v1))
                            .secretString())
                    .isEqualTo("v1");
            assertThat(client.getSecretValue(r -> r.secretId(name).versionStage("AWSPENDING"))
                            .secretString())
                    .isEqualTo("pending");
            assertThat(client.getSecretValue(r -> r.secretId(name).versionId(v1).versionStage("AWSCURRENT"))
                            .secretString())
                    .isEqualTo("v1");
        }

        @Test
        void aVersionIdAndStageThatDisagreeAreRejected() {
            String v1 = create("v1");
            put("pending", "AWSPENDING");
            assertThatThrownBy(() -> client.getSecretValue(
                            r -> r.secretId(name).versionId(v1).versionStage("AWSPENDING")))
                    .isInstanceOf(InvalidRequestException.class)
                    .hasMessageContaining(
                            "You provided a VersionStage that is not associated to the provided VersionId.");
        }

        @Test
        void unknownVersionsAndStagesAreNotFound() {
            create("v1");
            String unknown = token();
            assertThatThrownBy(() -> client.getSecretValue(r -> r.secretId(name).versionId(unknown)))
                    .isInstanceOf(ResourceNotFoundException.class)
                    .hasMessageContaining(
                            "Secrets Manager can't find the specified secret value for VersionId: " + unknown);
            assertThatThrownBy(() -> client.getSecretValue(r -> r.secretId(name).versionStage("AWSPREVIOUS")))
                    .isInstanceOf(ResourceNotFoundException.class)
                    .hasMessageContaining("for staging label: AWSPREVIOUS");
        }

        @Test
        void recordsTheAccessDayOnTheSecretAndTheVersion() {
            String v1 = create("v1");
            assertThat(client.describeSecret(r -> r.secretId(name)).lastAccessedDate())
                    .isNull();

            client.getSecretValue(r -> r.secretId(name));

            Instant today = Instant.now().truncatedTo(ChronoUnit.DAYS);
            assertThat(client.describeSecret(r -> r.secretId(name)).lastAccessedDate())
                    .isEqualTo(today);
            SecretVersionsListEntry entry = client.listSecretVersionIds(r -> r.secretId(name)).versions().stream()
                    .filter(v -> v.versionId().equals(v1))
                    .findFirst()
                    .orElseThrow();
            assertThat(entry.lastAccessedDate()).isEqualTo(today);
        }

        @Test
        void aSecretScheduledForDeletionCannotBeRead() {
            create("v1");
            client.deleteSecret(r -> r.secretId(name));
            assertThatThrownBy(() -> client.getSecretValue(r -> r.secretId(name)))
                    .isInstanceOf(InvalidRequestException.class)
                    .hasMessageContaining("marked for deletion");
        }
    }

    @Nested
    class DescribeSecret {
        @Test
        void showsOnlyWhatApplies() {
            create("v1");
            DescribeSecretResponse described = client.describeSecret(r -> r.secretId(name));

            assertThat(described.name()).isEqualTo(name);
            assertThat(described.createdDate()).isNotNull();
            assertThat(described.lastChangedDate()).isNotNull();
            assertThat(described.description()).isNull();
            assertThat(described.kmsKeyId()).isNull();
            assertThat(described.deletedDate()).isNull();
            assertThat(described.rotationEnabled()).isNull();
            assertThat(described.hasTags()).isFalse();
        }

        @Test
        void stillAnswersForASecretScheduledForDeletion() {
            String v1 = create("v1");
            client.deleteSecret(r -> r.secretId(name));

            DescribeSecretResponse described = client.describeSecret(r -> r.secretId(name));
            assertThat(described.deletedDate()).isNotNull();
            assertThat(described.versionIdsToStages()).containsOnly(Map.entry(v1, List.of("AWSCURRENT")));
        }
    }

    @Nested
    class ListSecretVersionIds {
        @Test
        void hidesDeprecatedVersionsUnlessAskedAndOmitsTheirStages() {
            String v1 = create("v1");
            put("v2");
            put("v3");

            assertThat(client.listSecretVersionIds(r -> r.secretId(name)).versions())
                    .extracting(SecretVersionsListEntry::versionId)
                    .doesNotContain(v1)
                    .hasSize(2);
            SecretVersionsListEntry deprecated =
                    client.listSecretVersionIds(r -> r.secretId(name).includeDeprecated(true)).versions().stream()
                            .filter(v -> v.versionId().equals(v1))
                            .findFirst()
                            .orElseThrow();
            assertThat(deprecated.hasVersionStages()).isFalse();
            assertThat(deprecated.kmsKeyIds()).containsExactly("DefaultEncryptionKey");
        }

        @Test
        void pagesThroughEveryVersionExactlyOnce() {
            List<String> created = new ArrayList<>();
            created.add(create("v0"));
            for (int i = 1; i < 7; i++) {
                created.add(put("v" + i, "label" + i));
            }
            List<String> seen = new ArrayList<>();
            String next = null;
            int pages = 0;
            do {
                String token = next;
                ListSecretVersionIdsResponse page = client.listSecretVersionIds(r ->
                        r.secretId(name).maxResults(3).includeDeprecated(true).nextToken(token));
                page.versions().forEach(v -> seen.add(v.versionId()));
                next = page.nextToken();
                pages++;
            } while (next != null);

            assertThat(pages).isEqualTo(3);
            assertThat(seen).containsExactlyInAnyOrderElementsOf(created).doesNotHaveDuplicates();
        }

        @Test
        void theSdkPaginatorWorks() {
            create("v0");
            for (int i = 1; i < 5; i++) {
                put("v" + i, "label" + i);
            }
            List<String> all = client
                    .listSecretVersionIdsPaginator(r -> r.secretId(name).maxResults(2))
                    .stream()
                    .flatMap(page -> page.versions().stream())
                    .map(SecretVersionsListEntry::versionId)
                    .collect(Collectors.toList());
            assertThat(all).hasSize(5).doesNotHaveDuplicates();
        }

        @Test
        void aForeignNextTokenIsRejected() {
            create("v1");
            assertThatThrownBy(() ->
                            client.listSecretVersionIds(r -> r.secretId(name).nextToken("bm90LWEtdmVyc2lvbg")))
                    .isInstanceOf(SecretsManagerException.class)
                    .satisfies(e -> assertThat(((SecretsManagerException) e)
                                    .awsErrorDetails()
                                    .errorCode())
                            .isEqualTo("InvalidNextTokenException"));
        }
    }

    @Nested
    class UpdateSecretVersionStage {
        @Test
        void movingCurrentMovesPreviousAndKeepsOtherLabels() {
            String v1 = create("v1");
            String v2 = put("v2", "AWSPENDING", "custom");

            client.updateSecretVersionStage(r -> r.secretId(name)
                    .versionStage("AWSCURRENT")
                    .removeFromVersionId(v1)
                    .moveToVersionId(v2));

            assertThat(labelled())
                    .containsOnly(
                            Map.entry(v1, List.of("AWSPREVIOUS")),
                            Map.entry(v2, List.of("AWSPENDING", "custom", "AWSCURRENT")));
            assertThat(client.getSecretValue(r -> r.secretId(name)).secretString())
                    .isEqualTo("v2");
        }

        @Test
        void movingCurrentRequiresNamingTheVersionThatHasIt() {
            String v1 = create("v1");
            String v2 = put("v2", "AWSPENDING");
            assertThatThrownBy(() -> client.updateSecretVersionStage(
                            r -> r.secretId(name).versionStage("AWSCURRENT").moveToVersionId(v2)))
                    .isInstanceOf(InvalidParameterException.class)
                    .hasMessageContaining(
                            "The parameter RemoveFromVersionId can't be empty. Staging label AWSCURRENT is"
                                    + " currently attached to version " + v1
                                    + ", so you must explicitly reference that version in RemoveFromVersionId.");
        }

        @Test
        void aCustomLabelCanBeAddedMovedAndRemoved() {
            String v1 = create("v1");
            String v2 = put("v2", "other");

            client.updateSecretVersionStage(
                    r -> r.secretId(name).versionStage("blue").moveToVersionId(v1));
            assertThat(labelled().get(v1)).containsExactly("AWSCURRENT", "blue");

            client.updateSecretVersionStage(r -> r.secretId(name)
                    .versionStage("blue")
                    .removeFromVersionId(v1)
                    .moveToVersionId(v2));
            assertThat(labelled().get(v2)).containsExactly("other", "blue");

            client.updateSecretVersionStage(
                    r -> r.secretId(name).versionStage("blue").removeFromVersionId(v2));
            assertThat(labelled().get(v2)).containsExactly("other");
        }

        @Test
        void currentCannotBeRemovedWithoutAReplacement() {
            String v1 = create("v1");
            assertThatThrownBy(() -> client.updateSecretVersionStage(
                            r -> r.secretId(name).versionStage("AWSCURRENT").removeFromVersionId(v1)))
                    .isInstanceOf(InvalidParameterException.class);
            assertThat(labelled()).containsOnly(Map.entry(v1, List.of("AWSCURRENT")));
        }

        @Test
        void removingFromAVersionThatLacksTheLabelIsRejected() {
            String v1 = create("v1");
            String v2 = put("v2", "other");
            assertThatThrownBy(() -> client.updateSecretVersionStage(r -> r.secretId(name)
                            .versionStage("AWSCURRENT")
                            .removeFromVersionId(v2)
                            .moveToVersionId(v1)))
                    .isInstanceOf(InvalidParameterException.class);
        }

        @Test
        void anUnknownTargetVersionIsNotFound() {
            create("v1");
            String unknown = token();
            assertThatThrownBy(() -> client.updateSecretVersionStage(
                            r -> r.secretId(name).versionStage("x").moveToVersionId(unknown)))
                    .isInstanceOf(ResourceNotFoundException.class);
        }
    }

    @Nested
    class DeleteAndRestore {
        @Test
        void deleteSchedulesWithThirtyDaysByDefaultAndRestoreCancels() {
            create("v1");
            DeleteSecretResponse deleted = client.deleteSecret(r -> r.secretId(name));

            assertThat(deleted.name()).isEqualTo(name);
            assertThat(Duration.between(Instant.now(), deleted.deletionDate()))
                    .isBetween(
                            Duration.ofDays(30).minusMinutes(1),
                            Duration.ofDays(30).plusMinutes(1));

            assertThat(client.restoreSecret(r -> r.secretId(name)).name()).isEqualTo(name);
            assertThat(client.describeSecret(r -> r.secretId(name)).deletedDate())
                    .isNull();
            assertThat(client.getSecretValue(r -> r.secretId(name)).secretString())
                    .isEqualTo("v1");
        }

        @Test
        void theRecoveryWindowIsHonoured() {
            create("v1");
            DeleteSecretResponse deleted =
                    client.deleteSecret(r -> r.secretId(name).recoveryWindowInDays(7L));
            assertThat(Duration.between(Instant.now(), deleted.deletionDate()))
                    .isBetween(
                            Duration.ofDays(7).minusMinutes(1),
                            Duration.ofDays(7).plusMinutes(1));
        }

        @Test
        void forceDeleteRemovesAtOnceAndTheNameCanBeReusedWithANewArn() {
            String arn =
                    client.createSecret(r -> r.name(name).secretString("v1")).arn();
            client.deleteSecret(r -> r.secretId(name).forceDeleteWithoutRecovery(true));

            assertThatThrownBy(() -> client.describeSecret(r -> r.secretId(name)))
                    .isInstanceOf(ResourceNotFoundException.class);
            String newArn =
                    client.createSecret(r -> r.name(name).secretString("v2")).arn();
            assertThat(newArn).isNotEqualTo(arn);
            assertThatThrownBy(() -> client.describeSecret(r -> r.secretId(arn)))
                    .isInstanceOf(ResourceNotFoundException.class);
        }

        @Test
        void forceDeletingAnUnknownSecretSucceedsAsOnAws() {
            DeleteSecretResponse deleted =
                    client.deleteSecret(r -> r.secretId(name).forceDeleteWithoutRecovery(true));
            assertThat(deleted.name()).isEqualTo(name);
            assertThat(deleted.deletionDate()).isNotNull();
        }

        @Test
        void forceDeletingASecretAlreadyScheduledSucceeds() {
            create("v1");
            client.deleteSecret(r -> r.secretId(name));
            client.deleteSecret(r -> r.secretId(name).forceDeleteWithoutRecovery(true));
            assertThatThrownBy(() -> client.describeSecret(r -> r.secretId(name)))
                    .isInstanceOf(ResourceNotFoundException.class);
        }

        @Test
        void deletingAScheduledSecretAgainIsRejected() {
            create("v1");
            client.deleteSecret(r -> r.secretId(name));
            assertThatThrownBy(() -> client.deleteSecret(r -> r.secretId(name)))
                    .isInstanceOf(InvalidRequestException.class);
        }

        @Test
        void aWindowOutsideSevenToThirtyDaysOrWithForceIsRejected() {
            create("v1");
            assertThatThrownBy(() -> client.deleteSecret(r -> r.secretId(name).recoveryWindowInDays(6L)))
                    .isInstanceOf(InvalidParameterException.class)
                    .hasMessageContaining("must be between 7 and 30 days");
            assertThatThrownBy(() -> client.deleteSecret(
                            r -> r.secretId(name).recoveryWindowInDays(7L).forceDeleteWithoutRecovery(true)))
                    .isInstanceOf(InvalidParameterException.class)
                    .hasMessageContaining("ForceDeleteWithoutRecovery in conjunction with RecoveryWindowInDays");
            assertThat(client.describeSecret(r -> r.secretId(name)).deletedDate())
                    .isNull();
        }

        @Test
        void unknownSecretsAreNotFound() {
            assertThatThrownBy(() -> client.deleteSecret(r -> r.secretId(name)))
                    .isInstanceOf(ResourceNotFoundException.class);
            assertThatThrownBy(() -> client.restoreSecret(r -> r.secretId(name)))
                    .isInstanceOf(ResourceNotFoundException.class);
        }
    }

    private static org.assertj.core.data.TemporalUnitOffset within(Duration duration) {
        return org.assertj.core.api.Assertions.within(duration.toMillis(), ChronoUnit.MILLIS);
    }
}
