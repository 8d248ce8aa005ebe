package io.github.mocksecretsmanager.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mocksecretsmanager.testsupport.ServerTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.secretsmanager.model.DescribeSecretResponse;
import software.amazon.awssdk.services.secretsmanager.model.ExternalSecretRotationMetadataItem;
import software.amazon.awssdk.services.secretsmanager.model.Filter;
import software.amazon.awssdk.services.secretsmanager.model.FilterNameStringType;
import software.amazon.awssdk.services.secretsmanager.model.InvalidRequestException;
import software.amazon.awssdk.services.secretsmanager.model.RotateSecretResponse;
import software.amazon.awssdk.services.secretsmanager.model.SecretListEntry;

/**
 * Managed external secrets (API reference: CreateSecret and UpdateSecret {@code Type}, RotateSecret
 * {@code ExternalSecretRotationMetadata} and {@code ExternalSecretRotationRoleArn}, returned by
 * DescribeSecret and in ListSecrets' SecretListEntry).
 */
class ManagedExternalSecretTest extends ServerTest {

    private static final String ROLE = "arn:aws:iam::123456789012:role/SecretsManagerSalesforceRotation";

    private static ExternalSecretRotationMetadataItem item(String key, String value) {
        return ExternalSecretRotationMetadataItem.builder()
                .key(key)
                .value(value)
                .build();
    }

    @Test
    void typeIsStoredAndDescribed() {
        client.createSecret(
                r -> r.name(name).secretString("{\"consumerKey\":\"k\"}").type("SalesforceClientSecret"));

        assertThat(client.describeSecret(r -> r.secretId(name)).type()).isEqualTo("SalesforceClientSecret");

        client.updateSecret(r -> r.secretId(name).type("BigIDClientSecret"));
        assertThat(client.describeSecret(r -> r.secretId(name)).type()).isEqualTo("BigIDClientSecret");

        String plain = name + "-plain";
        client.createSecret(r -> r.name(plain).secretString("v"));
        assertThat(client.describeSecret(r -> r.secretId(plain)).type()).isNull();
    }

    @Test
    void managedRotationRunsWithoutALambdaAndKeepsItsMetadata() {
        client.createSecret(
                r -> r.name(name).secretString("{\"consumerKey\":\"k\"}").type("SalesforceClientSecret"));
        List<ExternalSecretRotationMetadataItem> metadata = List.of(
                item("apiVersion", "v65.0"), item("adminSecretArn", "arn:aws:secretsmanager:us-east-1:1:secret:a"));

        RotateSecretResponse rotated = client.rotateSecret(r -> r.secretId(name)
                .externalSecretRotationRoleArn(ROLE)
                .externalSecretRotationMetadata(metadata)
                .rotationRules(rules -> rules.automaticallyAfterDays(30L)));

        assertThat(rotated.name()).isEqualTo(name);
        assertThat(rotated.versionId()).isNotNull();
        DescribeSecretResponse described = client.describeSecret(r -> r.secretId(name));
        assertThat(described.rotationEnabled()).isTrue();
        assertThat(described.rotationLambdaARN()).isNull();
        assertThat(described.externalSecretRotationRoleArn()).isEqualTo(ROLE);
        assertThat(described.externalSecretRotationMetadata()).containsExactlyElementsOf(metadata);
        assertThat(described.rotationRules().automaticallyAfterDays()).isEqualTo(30L);
        assertThat(described.lastRotatedDate()).isNotNull();
        // The rotation completes at once: the new version is AWSCURRENT, no AWSPENDING is left.
        assertThat(described.versionIdsToStages().get(rotated.versionId())).containsExactly("AWSCURRENT");

        SecretListEntry listed = client.listSecrets(r -> r.filters(Filter.builder()
                        .key(FilterNameStringType.NAME)
                        .values(name)
                        .build()))
                .secretList()
                .get(0);
        assertThat(listed.type()).isEqualTo("SalesforceClientSecret");
        assertThat(listed.externalSecretRotationRoleArn()).isEqualTo(ROLE);
        assertThat(listed.externalSecretRotationMetadata()).containsExactlyElementsOf(metadata);

        // Rotating again needs neither the role nor the metadata: both stay on record.
        client.rotateSecret(r -> r.secretId(name));
        assertThat(client.describeSecret(r -> r.secretId(name)).externalSecretRotationRoleArn())
                .isEqualTo(ROLE);
    }

    @Test
    void anOrdinarySecretStillNeedsARotationFunction() {
        client.createSecret(r -> r.name(name).secretString("v"));

        assertThatThrownBy(() -> client.rotateSecret(r -> r.secretId(name)))
                .isInstanceOf(InvalidRequestException.class);
        assertThat(client.describeSecret(r -> r.secretId(name)).rotationEnabled())
                .isNull();
    }
}
