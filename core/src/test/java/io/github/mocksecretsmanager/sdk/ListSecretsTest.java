package io.github.mocksecretsmanager.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mocksecretsmanager.testsupport.ServerTest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.secretsmanager.model.Filter;
import software.amazon.awssdk.services.secretsmanager.model.FilterNameStringType;
import software.amazon.awssdk.services.secretsmanager.model.InvalidNextTokenException;
import software.amazon.awssdk.services.secretsmanager.model.ListSecretsRequest;
import software.amazon.awssdk.services.secretsmanager.model.ListSecretsResponse;
import software.amazon.awssdk.services.secretsmanager.model.SecretListEntry;
import software.amazon.awssdk.services.secretsmanager.model.SecretsManagerException;
import software.amazon.awssdk.services.secretsmanager.model.SortByType;
import software.amazon.awssdk.services.secretsmanager.model.SortOrderType;
import software.amazon.awssdk.services.secretsmanager.model.Tag;

/**
 * ListSecrets through the real SDK. The test class shares one server, so every listing filters on
 * the test's unique name prefix.
 */
class ListSecretsTest extends ServerTest {

    private static Filter filter(FilterNameStringType key, String... values) {
        return Filter.builder().key(key).values(values).build();
    }

    private Filter mine() {
        return filter(FilterNameStringType.NAME, name);
    }

    private void create(String suffix, String description, Tag... tags) {
        client.createSecret(r -> {
            r.name(name + suffix).secretString("value");
            if (description != null) {
                r.description(description);
            }
            if (tags.length > 0) {
                r.tags(tags);
            }
        });
    }

    private static Tag tag(String key, String value) {
        return Tag.builder().key(key).value(value).build();
    }

    /** The suffixes (after the test's unique name) of the secrets listed, in list order. */
    private List<String> listed(Filter... filters) {
        List<Filter> all = new ArrayList<>(Arrays.asList(filters));
        all.add(mine());
        return client.listSecrets(r -> r.filters(all)).secretList().stream()
                .map(entry -> entry.name().substring(name.length()))
                .collect(Collectors.toList());
    }

    @Test
    void entriesAreDescribedLikeDescribeSecret() {
        create("/a", "first", tag("team", "x"));
        String v1 = client.getSecretValue(r -> r.secretId(name + "/a")).versionId();

        SecretListEntry entry =
                client.listSecrets(r -> r.filters(mine())).secretList().get(0);

        assertThat(entry.name()).isEqualTo(name + "/a");
        assertThat(entry.arn()).contains(":secret:" + name + "/a-");
        assertThat(entry.description()).isEqualTo("first");
        assertThat(entry.tags()).containsExactly(tag("team", "x"));
        assertThat(entry.secretVersionsToStages()).containsExactly(Map.entry(v1, List.of("AWSCURRENT")));
        assertThat(entry.createdDate()).isNotNull();
        assertThat(entry.lastChangedDate()).isNotNull();
        assertThat(entry.lastAccessedDate()).isNotNull();
        assertThat(entry.rotationEnabled()).isNull();
    }

    @Test
    void nameIsACaseSensitivePrefixMatchAndCanBeNegated() {
        create("/app/db", null);
        create("/app/web", null);
        create("/other", null);

        assertThat(listed(filter(FilterNameStringType.NAME, name + "/app/")))
                .containsExactlyInAnyOrder("/app/db", "/app/web");
        assertThat(listed(filter(FilterNameStringType.NAME, name + "/APP/"))).isEmpty();
        assertThat(listed(filter(FilterNameStringType.NAME, "!" + name + "/app/")))
                .containsExactly("/other");
    }

    @Test
    void descriptionMatchesWordsIgnoringCase() {
        create("/a", "Payments database");
        create("/b", "orders cache");
        create("/c", null);

        assertThat(listed(filter(FilterNameStringType.DESCRIPTION, "payments"))).containsExactly("/a");
        assertThat(listed(filter(FilterNameStringType.DESCRIPTION, "DATA"))).containsExactly("/a");
        assertThat(listed(filter(FilterNameStringType.DESCRIPTION, "ments"))).isEmpty();
        assertThat(listed(filter(FilterNameStringType.DESCRIPTION, "PAY", "Orders")))
                .containsExactlyInAnyOrder("/a", "/b");
        assertThat(listed(filter(FilterNameStringType.DESCRIPTION, "!payments")))
                .containsExactlyInAnyOrder("/b", "/c");
    }

    @Test
    void tagKeyAndTagValueArePrefixMatches() {
        create("/a", null, tag("team", "payments"));
        create("/b", null, tag("teamlead", "alice"), tag("env", "prod"));
        create("/c", null);

        assertThat(listed(filter(FilterNameStringType.TAG_KEY, "team"))).containsExactlyInAnyOrder("/a", "/b");
        assertThat(listed(filter(FilterNameStringType.TAG_KEY, "Team"))).isEmpty();
        assertThat(listed(filter(FilterNameStringType.TAG_KEY, "!env"))).containsExactlyInAnyOrder("/a", "/c");
        assertThat(listed(filter(FilterNameStringType.TAG_VALUE, "pay"))).containsExactly("/a");
        assertThat(listed(filter(FilterNameStringType.TAG_VALUE, "!pro"))).containsExactlyInAnyOrder("/a", "/c");
    }

    @Test
    void primaryRegionAndOwningService() {
        create("/a", null);

        assertThat(listed(filter(FilterNameStringType.PRIMARY_REGION, "us-east")))
                .containsExactly("/a");
        assertThat(listed(filter(FilterNameStringType.PRIMARY_REGION, "eu-"))).isEmpty();
        assertThat(listed(filter(FilterNameStringType.PRIMARY_REGION, "!eu-"))).containsExactly("/a");
        assertThat(listed(filter(FilterNameStringType.OWNING_SERVICE, "rds"))).isEmpty();
        assertThat(listed(filter(FilterNameStringType.OWNING_SERVICE, "!rds"))).containsExactly("/a");
    }

    @Test
    void allMatchesWordsOfAnyAttributeIgnoringCase() {
        create("/alpha", "Primary DATABASE credentials");
        create("/beta", null, tag("Owner", "Payments-Team"));
        create("/gamma", null);

        assertThat(listed(filter(FilterNameStringType.ALL, "database"))).containsExactly("/alpha");
        assertThat(listed(filter(FilterNameStringType.ALL, "primary cred"))).containsExactly("/alpha");
        assertThat(listed(filter(FilterNameStringType.ALL, "team"))).containsExactly("/beta");
        assertThat(listed(filter(FilterNameStringType.ALL, "GAM"))).containsExactly("/gamma");
        assertThat(listed(filter(FilterNameStringType.ALL, "!database"))).containsExactlyInAnyOrder("/beta", "/gamma");
    }

    @Test
    void filtersAreAndedAndValuesOred() {
        create("/a", "shared", tag("env", "prod"));
        create("/b", "shared", tag("env", "dev"));
        create("/c", "other", tag("env", "prod"));

        assertThat(listed(
                        filter(FilterNameStringType.DESCRIPTION, "shared"),
                        filter(FilterNameStringType.TAG_VALUE, "prod")))
                .containsExactly("/a");
        assertThat(listed(filter(FilterNameStringType.TAG_VALUE, "prod", "dev")))
                .containsExactlyInAnyOrder("/a", "/b", "/c");
    }

    @Test
    void secretsScheduledForDeletionAreListedOnlyOnRequest() {
        create("/kept", null);
        create("/deleted", null);
        client.deleteSecret(r -> r.secretId(name + "/deleted"));

        assertThat(listed()).containsExactly("/kept");
        List<SecretListEntry> all = client.listSecrets(r -> r.filters(mine()).includePlannedDeletion(true))
                .secretList();
        assertThat(all).extracting(SecretListEntry::name).containsExactlyInAnyOrder(name + "/kept", name + "/deleted");
        assertThat(all.stream()
                        .filter(e -> e.name().endsWith("/deleted"))
                        .findFirst()
                        .orElseThrow()
                        .deletedDate())
                .isNotNull();
    }

    @Test
    void sortsByNameOrDateInEitherOrder() {
        create("/b", null);
        create("/c", null);
        create("/a", null);

        assertThat(names(r -> r.sortBy(SortByType.NAME).sortOrder(SortOrderType.ASC)))
                .containsExactly("/a", "/b", "/c");
        assertThat(names(r -> r.sortBy(SortByType.NAME).sortOrder(SortOrderType.DESC)))
                .containsExactly("/c", "/b", "/a");
        List<String> oldestFirst = names(r -> r.sortBy(SortByType.CREATED_DATE).sortOrder(SortOrderType.ASC));
        List<String> newestFirst =
                new ArrayList<>(names(r -> r.sortBy(SortByType.CREATED_DATE).sortOrder(SortOrderType.DESC)));
        java.util.Collections.reverse(newestFirst);
        assertThat(oldestFirst).containsExactlyInAnyOrder("/a", "/b", "/c").isEqualTo(newestFirst);
        assertThat(names(r -> {})).isEqualTo(oldestFirst); // the default: created-date, ascending
    }

    private List<String> names(java.util.function.Consumer<ListSecretsRequest.Builder> sort) {
        return client
                .listSecrets(r -> {
                    sort.accept(r);
                    r.filters(mine());
                })
                .secretList()
                .stream()
                .map(entry -> entry.name().substring(name.length()))
                .collect(Collectors.toList());
    }

    @Test
    void pagesWithMaxResultsAndNextToken() {
        for (int i = 0; i < 7; i++) {
            create(String.format("/%02d", i), null);
        }
        List<String> seen = new ArrayList<>();
        String token = null;
        int pages = 0;
        do {
            String current = token;
            ListSecretsResponse page = client.listSecrets(
                    r -> r.filters(mine()).sortBy(SortByType.NAME).maxResults(3).nextToken(current));
            assertThat(page.secretList()).hasSizeLessThanOrEqualTo(3);
            page.secretList().forEach(entry -> seen.add(entry.name().substring(name.length())));
            token = page.nextToken();
            pages++;
        } while (token != null);

        assertThat(pages).isEqualTo(3);
        assertThat(seen).containsExactly("/00", "/01", "/02", "/03", "/04", "/05", "/06");
    }

    @Test
    void theSdkPaginatorWalksEveryPage() {
        for (int i = 0; i < 5; i++) {
            create("/" + i, null);
        }

        List<String> all = client.listSecretsPaginator(r -> r.filters(mine()).maxResults(2)).stream()
                .flatMap(page -> page.secretList().stream())
                .map(SecretListEntry::name)
                .collect(Collectors.toList());
        long pages = client.listSecretsPaginator(r -> r.filters(mine()).maxResults(2)).stream()
                .count();

        assertThat(all).hasSize(5).doesNotHaveDuplicates();
        assertThat(pages).isEqualTo(3);
    }

    @Test
    void aDeletedSecretBetweenPagesNeitherRepeatsNorSkipsOthers() {
        for (int i = 0; i < 4; i++) {
            create("/" + i, null);
        }
        ListSecretsResponse first = client.listSecrets(
                r -> r.filters(mine()).sortBy(SortByType.NAME).maxResults(2));
        client.deleteSecret(r -> r.secretId(name + "/0").forceDeleteWithoutRecovery(true));
        ListSecretsResponse second = client.listSecrets(
                r -> r.filters(mine()).sortBy(SortByType.NAME).maxResults(2).nextToken(first.nextToken()));

        assertThat(second.secretList()).extracting(SecretListEntry::name).containsExactly(name + "/2", name + "/3");
        assertThat(second.nextToken()).isNull();
    }

    @Test
    void badTokensAndFiltersAreRejected() {
        assertThatThrownBy(() -> client.listSecrets(r -> r.nextToken("not-a-token")))
                .isInstanceOf(InvalidNextTokenException.class);
        assertThatThrownBy(() -> client.listSecrets(r ->
                        r.filters(Filter.builder().key("colour").values("red").build())))
                .isInstanceOf(SecretsManagerException.class)
                .satisfies(e -> assertThat(
                                ((SecretsManagerException) e).awsErrorDetails().errorCode())
                        .isEqualTo("ValidationException"));
        assertThatThrownBy(() -> client.listSecrets(r -> r.filters(filter(FilterNameStringType.NAME, "bad*value"))))
                .isInstanceOf(SecretsManagerException.class)
                .hasMessageContaining("regular expression");
        assertThatThrownBy(() -> client.listSecrets(r -> r.maxResults(101)))
                .isInstanceOf(SecretsManagerException.class)
                .hasMessageContaining("less than or equal to 100");
    }
}
