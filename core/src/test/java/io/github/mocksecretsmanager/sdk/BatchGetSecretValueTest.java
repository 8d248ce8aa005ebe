package io.github.mocksecretsmanager.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mocksecretsmanager.testsupport.ServerTest;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.secretsmanager.model.APIErrorType;
import software.amazon.awssdk.services.secretsmanager.model.BatchGetSecretValueResponse;
import software.amazon.awssdk.services.secretsmanager.model.Filter;
import software.amazon.awssdk.services.secretsmanager.model.FilterNameStringType;
import software.amazon.awssdk.services.secretsmanager.model.InvalidParameterException;
import software.amazon.awssdk.services.secretsmanager.model.SecretValueEntry;

/** BatchGetSecretValue through the real SDK. */
class BatchGetSecretValueTest extends ServerTest {

    private Filter mine() {
        return Filter.builder().key(FilterNameStringType.NAME).values(name).build();
    }

    @Test
    void readsTheCurrentValueOfEachIdAndReportsEachFailure() {
        String v1 = client.createSecret(r -> r.name(name + "/s").secretString("string"))
                .versionId();
        String arn = client.createSecret(r -> r.name(name + "/b").secretBinary(SdkBytes.fromUtf8String("bytes")))
                .arn();
        client.createSecret(r -> r.name(name + "/empty"));
        client.createSecret(r -> r.name(name + "/deleted").secretString("x"));
        client.deleteSecret(r -> r.secretId(name + "/deleted"));

        BatchGetSecretValueResponse response = client.batchGetSecretValue(
                r -> r.secretIdList(name + "/s", arn, name + "/missing", name + "/empty", name + "/deleted"));

        assertThat(response.secretValues()).hasSize(2);
        SecretValueEntry string = response.secretValues().get(0);
        assertThat(string.name()).isEqualTo(name + "/s");
        assertThat(string.secretString()).isEqualTo("string");
        assertThat(string.versionId()).isEqualTo(v1);
        assertThat(string.versionStages()).containsExactly("AWSCURRENT");
        assertThat(string.createdDate()).isNotNull();
        assertThat(response.secretValues().get(1).secretBinary().asUtf8String()).isEqualTo("bytes");
        assertThat(response.errors())
                .extracting(APIErrorType::secretId, APIErrorType::errorCode)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(name + "/missing", "ResourceNotFoundException"),
                        org.assertj.core.groups.Tuple.tuple(name + "/empty", "ResourceNotFoundException"),
                        org.assertj.core.groups.Tuple.tuple(name + "/deleted", "InvalidRequestException"));
        assertThat(response.errors().get(0).message()).isEqualTo("Secrets Manager can't find the specified secret.");
        assertThat(client.describeSecret(r -> r.secretId(name + "/s")).lastAccessedDate())
                .isNotNull();
    }

    @Test
    void selectsByFiltersAndPages() {
        for (int i = 0; i < 5; i++) {
            String value = "value-" + i;
            client.createSecret(r -> r.name(name + "/" + value).secretString(value));
        }

        BatchGetSecretValueResponse first =
                client.batchGetSecretValue(r -> r.filters(mine()).maxResults(3));
        assertThat(first.secretValues()).hasSize(3);
        assertThat(first.nextToken()).isNotNull();

        List<String> values = client
                .batchGetSecretValuePaginator(r -> r.filters(mine()).maxResults(2))
                .stream()
                .flatMap(page -> page.secretValues().stream())
                .map(SecretValueEntry::secretString)
                .collect(Collectors.toList());
        assertThat(values).containsExactlyInAnyOrder("value-0", "value-1", "value-2", "value-3", "value-4");
    }

    @Test
    void needsEitherIdsOrFiltersButNotBoth() {
        assertThatThrownBy(() -> client.batchGetSecretValue(r -> {})).isInstanceOf(InvalidParameterException.class);
        assertThatThrownBy(() ->
                        client.batchGetSecretValue(r -> r.secretIdList(name).filters(mine())))
                .isInstanceOf(InvalidParameterException.class);
        assertThatThrownBy(() ->
                        client.batchGetSecretValue(r -> r.secretIdList(name).maxResults(2)))
                .isInstanceOf(InvalidParameterException.class);
    }
}
