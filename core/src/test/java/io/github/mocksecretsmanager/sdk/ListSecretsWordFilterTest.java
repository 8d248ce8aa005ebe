package io.github.mocksecretsmanager.sdk;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mocksecretsmanager.testsupport.ServerTest;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.secretsmanager.model.Filter;
import software.amazon.awssdk.services.secretsmanager.model.FilterNameStringType;
import software.amazon.awssdk.services.secretsmanager.model.SecretListEntry;
import software.amazon.awssdk.services.secretsmanager.model.Tag;

/**
 * The ListSecrets and BatchGetSecretValue filters replayed from test suites recorded against AWS.
 * Each test starts from an empty server and creates the recorded secrets with the recorded names,
 * so the expected listings are exactly the recorded ones.
 */
class ListSecretsWordFilterTest extends ServerTest {

    /** A postfix of digits, so that it can never start a word any filter value of these tests names. */
    private String unique;

    @BeforeEach
    void emptyServer() {
        for (SecretListEntry entry : client.listSecretsPaginator(r -> r.includePlannedDeletion(true)).stream()
                .flatMap(page -> page.secretList().stream())
                .collect(Collectors.toList())) {
            client.deleteSecret(r -> r.secretId(entry.arn()).forceDeleteWithoutRecovery(true));
        }
        unique = String.valueOf(ThreadLocalRandom.current().nextInt(100_000, 1_000_000));
    }

    private static Filter filter(FilterNameStringType key, String... values) {
        return Filter.builder().key(key).values(values).build();
    }

    private void create(String name, String description, Tag... tags) {
        client.createSecret(r -> {
            r.name(name).secretString("s");
            if (description != null) {
                r.description(description);
            }
            if (tags.length > 0) {
                r.tags(tags);
            }
        });
    }

    private static List<String> listed(Filter... filters) {
        return client.listSecrets(r -> r.filters(filters)).secretList().stream()
                .map(SecretListEntry::name)
                .collect(Collectors.toList());
    }

    private static List<String> batchRead(Filter... filters) {
        return client.batchGetSecretValue(r -> r.filters(filters)).secretValues().stream()
                .map(value -> value.name())
                .collect(Collectors.toList());
    }

    // localstack/localstack, tests/aws/services/secretsmanager/test_secretsmanager.py,
    // TestSecretsManager::test_list_secrets_filtering (@markers.aws.validated)
    @Test
    void localStackRecordedNameAndDescriptionFilters() {
        String one = "testing1/one-" + unique;
        String two = "/testing2/two-" + unique;
        String three = "testing3/three-" + unique;
        String four = "/testing4/four-" + unique;
        create(one, "a secret");
        create(two, "an secret");
        create(three, "asecret");
        create(four, "thesecret");

        assertThat(listed(filter(FilterNameStringType.NAME, "/"))).containsExactlyInAnyOrder(two, four);
        assertThat(listed(filter(FilterNameStringType.NAME, "!/"))).containsExactlyInAnyOrder(one, three);
        assertThat(listed(filter(FilterNameStringType.NAME, "testing1 one"))).isEmpty();
        assertThat(listed(filter(FilterNameStringType.DESCRIPTION, "a"))).containsExactlyInAnyOrder(one, two, three);
        assertThat(listed(filter(FilterNameStringType.DESCRIPTION, "!a"))).containsExactly(four);
        assertThat(listed(filter(FilterNameStringType.DESCRIPTION, "a secret"))).containsExactlyInAnyOrder(one, two);
        assertThat(listed(filter(FilterNameStringType.DESCRIPTION, "a"), filter(FilterNameStringType.NAME, "secret")))
                .isEmpty();
        assertThat(listed(filter(FilterNameStringType.DESCRIPTION, "a"), filter(FilterNameStringType.NAME, "an")))
                .isEmpty();
        assertThat(listed(filter(FilterNameStringType.DESCRIPTION, "!c")))
                .containsExactlyInAnyOrder(one, two, three, four);
        // BatchGetSecretValue takes the same filters.
        assertThat(batchRead(filter(FilterNameStringType.DESCRIPTION, "a secret")))
                .containsExactlyInAnyOrder(one, two);
    }

    // getmoto/moto, tests/test_secretsmanager/test_list_secrets.py, test_with_all_filter (@aws_verified)
    @Test
    void motoVerifiedAllFilter() {
        String first = "SecretOne" + unique;
        String second = "SecretTwo" + unique;
        String third = "Thirdsecret" + unique;
        String fooTagKey = "SecretFTag" + unique;
        String fooTagValue = "SecretFValue" + unique;
        String noMatch = "none" + unique;
        create(first, null);
        create(second, "DescTwo");
        create(third, null);
        create(fooTagKey, null, Tag.builder().key("1").value("foo").build());
        create(fooTagValue, null, Tag.builder().key("foo").value("v").build());
        create(noMatch, null);

        assertThat(listed(filter(FilterNameStringType.ALL, "SecretOne"))).containsExactly(first);
        assertThat(listed(filter(FilterNameStringType.ALL, "foo"))).containsExactlyInAnyOrder(fooTagKey, fooTagValue);
        assertThat(listed(filter(FilterNameStringType.ALL, "Secret")))
                .containsExactlyInAnyOrder(first, second, fooTagKey, fooTagValue);
        assertThat(listed(filter(FilterNameStringType.ALL, "secret")))
                .containsExactlyInAnyOrder(first, second, fooTagKey, fooTagValue);
        assertThat(listed(filter(FilterNameStringType.ALL, "ret"))).isEmpty();
        assertThat(listed(filter(FilterNameStringType.ALL, "sec")))
                .containsExactlyInAnyOrder(first, second, fooTagKey, fooTagValue);
        assertThat(listed(filter(FilterNameStringType.ALL, "SomeSecret"))).isEmpty();
        assertThat(listed(filter(FilterNameStringType.ALL, "d"))).containsExactly(second);
        assertThat(listed(filter(FilterNameStringType.ALL, "d t"))).containsExactly(second);
        assertThat(listed(filter(FilterNameStringType.ALL, "t"))).containsExactlyInAnyOrder(second, third, fooTagKey);
    }

    // getmoto/moto, tests/test_secretsmanager/test_list_secrets.py,
    // test_with_all_filter_special_characters (@aws_verified)
    @Test
    void motoVerifiedAllFilterSplitsAtSpecialCharactersAndCapitals() {
        List<String> special = List.of(
                "prod/AppBeta/" + unique,
                "prod_AppBeta_" + unique,
                "prod+AppBeta+" + unique,
                "prod=AppBeta=" + unique,
                "prod.AppBeta." + unique,
                "prod@AppBeta@" + unique,
                "prod-AppBeta-" + unique);
        String fullUppercase = "uat/COMPANY/" + unique;
        String partialUppercase = "uat/COMPANYthings/" + unique;
        special.forEach(secret -> create(secret, null));
        create(fullUppercase, null);
        create(partialUppercase, null);

        assertThat(listed(filter(FilterNameStringType.ALL, "AppBeta"))).containsExactlyInAnyOrderElementsOf(special);
        assertThat(listed(filter(FilterNameStringType.ALL, "Beta"))).containsExactlyInAnyOrderElementsOf(special);
        assertThat(listed(filter(FilterNameStringType.ALL, "AppBeta", "prod")))
                .containsExactlyInAnyOrderElementsOf(special);
        assertThat(listed(filter(FilterNameStringType.ALL, "+"))).isEmpty();
        assertThat(listed(filter(FilterNameStringType.ALL, unique))).hasSize(special.size() + 2);
        assertThat(listed(filter(FilterNameStringType.ALL, "company"))).containsExactly(fullUppercase);
        assertThat(listed(filter(FilterNameStringType.ALL, "things"))).isEmpty();
        assertThat(listed(filter(FilterNameStringType.ALL, "Ythings"))).containsExactly(partialUppercase);
        assertThat(listed(filter(FilterNameStringType.ALL, "N"))).isEmpty();
        assertThat(listed(filter(FilterNameStringType.ALL, "pany"))).isEmpty();
    }

    // getmoto/moto, tests/test_secretsmanager/test_list_secrets.py,
    // test_with_filter_with_value_with_multiple_words (@aws_verified)
    @Test
    void motoVerifiedDescriptionWithSeveralWords() {
        create("foo", "one two");
        create("bar", "one and two");
        create("baz", "one");
        create("qux", "two");
        create("none", "unrelated");

        assertThat(listed(filter(FilterNameStringType.DESCRIPTION, "one two"))).containsExactlyInAnyOrder("foo", "bar");
        assertThat(listed(filter(FilterNameStringType.DESCRIPTION, "o t"))).containsExactlyInAnyOrder("foo", "bar");
        assertThat(listed(filter(FilterNameStringType.DESCRIPTION, "t")))
                .containsExactlyInAnyOrder("foo", "bar", "qux");
    }

    // getmoto/moto, tests/test_secretsmanager/test_list_secrets.py, test_with_duplicate_filter_keys (@aws_verified)
    @Test
    void motoVerifiedFiltersWithTheSameKeyAreAnded() {
        create("foo", "one two");
        create("bar", "one");
        create("baz", "two");
        create("qux", "unrelated");

        assertThat(listed(
                        filter(FilterNameStringType.DESCRIPTION, "one"),
                        filter(FilterNameStringType.DESCRIPTION, "two")))
                .containsExactly("foo");
    }
}
