package io.github.mocksecretsmanager.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mocksecretsmanager.RegionalSecrets;
import io.github.mocksecretsmanager.journal.RecordedRequest;
import io.github.mocksecretsmanager.testsupport.SdkClients;
import io.github.mocksecretsmanager.testsupport.ServerTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.secretsmanager.model.ResourceNotFoundException;
import software.amazon.awssdk.services.secretsmanager.model.SecretListEntry;

/**
 * One server, several regions and accounts: the region of a request is that of its SigV4 signature,
 * the account its access key id when that is twelve digits (LocalStack's convention).
 */
class RegionsTest extends ServerTest {

    private static SecretsManagerClient europe;

    @BeforeAll
    static void europeanClient() {
        europe = SdkClients.syncClient(server, Region.EU_WEST_1);
    }

    @AfterAll
    static void closeEuropeanClient() {
        europe.close();
    }

    @Test
    void eachRegionHasItsOwnSecretsAndArns() {
        String usArn = client.createSecret(r -> r.name(name).secretString("us")).arn();
        String euArn = europe.createSecret(r -> r.name(name).secretString("eu")).arn();

        assertThat(usArn).startsWith("arn:aws:secretsmanager:us-east-1:123456789012:secret:" + name + "-");
        assertThat(euArn).startsWith("arn:aws:secretsmanager:eu-west-1:123456789012:secret:" + name + "-");
        assertThat(client.getSecretValue(r -> r.secretId(name)).secretString()).isEqualTo("us");
        assertThat(europe.getSecretValue(r -> r.secretId(name)).secretString()).isEqualTo("eu");
        assertThat(europe.listSecrets(r -> r.includePlannedDeletion(true)).secretList())
                .extracting(SecretListEntry::arn)
                .contains(euArn)
                .doesNotContain(usArn);
    }

    @Test
    void anArnOfAnotherRegionNamesNoSecret() {
        // AWS: an ARN names a secret of the client's region only; describe-secret with another region's ARN
        // fails unless --region is that region (aws-actions/aws-secretsmanager-get-secrets issue #182, a
        // maintainer's reproduction; newrelic/newrelic-lambda-extension issue #208:
        // "ResourceNotFoundException: Secrets Manager can't find the specified secret.").
        String usArn = client.createSecret(r -> r.name(name).secretString("us")).arn();

        assertThatThrownBy(() -> europe.getSecretValue(r -> r.secretId(usArn)))
                .isInstanceOf(ResourceNotFoundException.class)
                .hasMessageContaining("Secrets Manager can't find the specified secret.");
        assertThatThrownBy(() -> europe.describeSecret(r -> r.secretId(name)))
                .isInstanceOf(ResourceNotFoundException.class);
    }

    @Test
    void aTwelveDigitAccessKeyIdIsTheAccount() {
        try (SecretsManagerClient other = SdkClients.syncClient(server, Region.US_EAST_1, "210987654321")) {
            String arn =
                    other.createSecret(r -> r.name(name).secretString("theirs")).arn();

            assertThat(arn).startsWith("arn:aws:secretsmanager:us-east-1:210987654321:secret:" + name + "-");
            assertThatThrownBy(() -> client.describeSecret(r -> r.secretId(name)))
                    .isInstanceOf(ResourceNotFoundException.class);
            assertThat(server.inRegion("us-east-1", "210987654321").secret(name))
                    .hasValueSatisfying(s -> assertThat(s.arn()).isEqualTo(arn));
            assertThat(server.secret(name)).isEmpty();
        }
    }

    @Test
    void partitionsFollowTheRegion() {
        try (SecretsManagerClient china = SdkClients.syncClient(server, Region.CN_NORTH_1);
                SecretsManagerClient govCloud = SdkClients.syncClient(server, Region.US_GOV_WEST_1)) {
            assertThat(china.createSecret(r -> r.name(name).secretString("v")).arn())
                    .startsWith("arn:aws-cn:secretsmanager:cn-north-1:123456789012:secret:");
            assertThat(govCloud.createSecret(r -> r.name(name).secretString("v"))
                            .arn())
                    .startsWith("arn:aws-us-gov:secretsmanager:us-gov-west-1:123456789012:secret:");
        }
    }

    @Test
    void theEmbeddedApiAddressesARegion() {
        RegionalSecrets paris = server.inRegion("eu-west-3");
        paris.createSecret(name, "from-java");

        try (SecretsManagerClient parisClient = SdkClients.syncClient(server, Region.EU_WEST_3)) {
            assertThat(parisClient.getSecretValue(r -> r.secretId(name)).secretString())
                    .isEqualTo("from-java");
        }
        assertThat(paris.secrets()).extracting(s -> s.name()).contains(name);
        assertThat(server.secret(name)).isEmpty();
        assertThat(paris.region()).isEqualTo("eu-west-3");
        assertThatThrownBy(() -> server.inRegion("Not A Region")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theJournalRecordsTheRegionAndTheAdminListsEveryRegion() throws Exception {
        europe.createSecret(r -> r.name(name).secretString("eu"));

        RecordedRequest created = server.requests().stream()
                .filter(request -> name.equals(request.secretId()))
                .findFirst()
                .orElseThrow();
        assertThat(created.region()).isEqualTo("eu-west-1");
        String admin = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(server.endpoint() + "/__admin/secrets"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        assertThat(admin).contains("\"name\":\"" + name + "\"").contains("\"region\":\"eu-west-1\"");
    }
}
