package io.github.mocksecretsmanager.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mocksecretsmanager.testsupport.ServerTest;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.secretsmanager.model.DescribeSecretResponse;
import software.amazon.awssdk.services.secretsmanager.model.Filter;
import software.amazon.awssdk.services.secretsmanager.model.FilterNameStringType;
import software.amazon.awssdk.services.secretsmanager.model.InvalidRequestException;
import software.amazon.awssdk.services.secretsmanager.model.ResourceNotFoundException;
import software.amazon.awssdk.services.secretsmanager.model.SecretListEntry;
import software.amazon.awssdk.services.secretsmanager.model.Tag;

/** TagResource and UntagResource through the real SDK. */
class TagResourceTest extends ServerTest {

    private static Tag tag(String key, String value) {
        return Tag.builder().key(key).value(value).build();
    }

    @Test
    void tagsAppearInDescribeAndListInTheOrderAdded() {
        client.createSecret(r -> r.name(name).secretString("v1"));
        client.tagResource(r -> r.secretId(name).tags(tag("team", "a"), tag("env", "dev")));
        client.tagResource(r -> r.secretId(name).tags(tag("team", "b")));

        assertThat(client.describeSecret(r -> r.secretId(name)).tags())
                .containsExactly(tag("team", "b"), tag("env", "dev"));
        SecretListEntry listed = client.listSecrets(r -> r.filters(Filter.builder()
                        .key(FilterNameStringType.NAME)
                        .values(name)
                        .build()))
                .secretList()
                .get(0);
        assertThat(listed.tags()).containsExactly(tag("team", "b"), tag("env", "dev"));
    }

    @Test
    void untaggingEverythingLeavesAnEmptyTagList() {
        client.createSecret(r -> r.name(name).secretString("v1"));
        client.tagResource(r -> r.secretId(name).tags(tag("team", "a"), tag("env", "dev")));
        client.untagResource(r -> r.secretId(name).tagKeys("team", "unknown"));
        assertThat(client.describeSecret(r -> r.secretId(name)).tags()).containsExactly(tag("env", "dev"));

        client.untagResource(r -> r.secretId(name).tagKeys("env"));

        DescribeSecretResponse described = client.describeSecret(r -> r.secretId(name));
        assertThat(described.hasTags()).isTrue(); // "Tags": [] as recorded against AWS
        assertThat(described.tags()).isEmpty();
    }

    @Test
    void aSecretNeverTaggedHasNoTagList() {
        client.createSecret(r -> r.name(name).secretString("v1"));

        assertThat(client.describeSecret(r -> r.secretId(name)).hasTags()).isFalse();
    }

    @Test
    void tagsOfASecretScheduledForDeletionCannotChange() {
        client.createSecret(r -> r.name(name).secretString("v1"));
        client.deleteSecret(r -> r.secretId(name));

        assertThatThrownBy(() -> client.tagResource(r -> r.secretId(name).tags(tag("k", "v"))))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining(
                        "You can't perform this operation on the secret because it was marked for deletion.");
        assertThatThrownBy(() -> client.untagResource(r -> r.secretId(name).tagKeys("k")))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("marked for deletion");
    }

    @Test
    void anUnknownSecretIsNotFound() {
        assertThatThrownBy(() -> client.tagResource(r -> r.secretId(name).tags(tag("k", "v"))))
                .isInstanceOf(ResourceNotFoundException.class);
    }
}
