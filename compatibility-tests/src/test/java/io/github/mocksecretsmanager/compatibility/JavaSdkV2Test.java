package io.github.mocksecretsmanager.compatibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mocksecretsmanager.MockSecretsManagerServer;
import io.github.mocksecretsmanager.model.SecretSnapshot;
import io.github.mocksecretsmanager.testsupport.ClientProcesses;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.util.VersionInfo;
import software.amazon.awssdk.http.nio.netty.NettyNioAsyncHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerAsyncClient;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.secretsmanager.model.CreateSecretResponse;
import software.amazon.awssdk.services.secretsmanager.model.DescribeSecretResponse;
import software.amazon.awssdk.services.secretsmanager.model.GetSecretValueResponse;
import software.amazon.awssdk.services.secretsmanager.model.ListSecretVersionIdsResponse;
import software.amazon.awssdk.services.secretsmanager.model.PutSecretValueResponse;
import software.amazon.awssdk.services.secretsmanager.model.ResourceNotFoundException;
import software.amazon.awssdk.services.secretsmanager.model.SecretListEntry;
import software.amazon.awssdk.services.secretsmanager.model.SecretVersionsListEntry;

/**
 * The AWS SDK for Java 2.x, sync client (URL-connection HTTP client) and async client (Netty), each
 * built the way a user points one at the emulator: {@code endpointOverride}, region, any credentials.
 */
class JavaSdkV2Test {

    private static final String SECRET_ID = "MyTestDatabaseSecret";
    private static final String TOKEN = "EXAMPLE2-90ab-cdef-fedc-ba987EXAMPLE";
    private static final String FIRST_VALUE = "{\"username\":\"david\",\"password\":\"first-password\"}";
    private static final String SECOND_VALUE = "{\"username\":\"david\",\"password\":\"EXAMPLE-PASSWORD\"}";
    private static final StaticCredentialsProvider CREDENTIALS =
            StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test"));

    private static MockSecretsManagerServer server;

    @BeforeAll
    static void startServer() {
        server = MockSecretsManagerServer.start();
        ClientProcesses.recordTestedVersion("AWS SDK for Java 2.x (sync and async)", VersionInfo.SDK_VERSION);
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @BeforeEach
    void reset() {
        server.reset();
    }

    @Test
    void syncClientRoundTrip() {
        try (SecretsManagerClient client = SecretsManagerClient.builder()
                .endpointOverride(server.endpoint())
                .region(Region.of(server.region()))
                .credentialsProvider(CREDENTIALS)
                .httpClient(UrlConnectionHttpClient.create())
                .build()) {

            CreateSecretResponse created =
                    client.createSecret(r -> r.name(SECRET_ID).secretString(FIRST_VALUE));
            PutSecretValueResponse put = client.putSecretValue(
                    r -> r.secretId(SECRET_ID).secretString(SECOND_VALUE).clientRequestToken(TOKEN));
            GetSecretValueResponse got = client.getSecretValue(r -> r.secretId(SECRET_ID));
            DescribeSecretResponse described = client.describeSecret(r -> r.secretId(SECRET_ID));
            List<SecretListEntry> listed = client.listSecrets(r -> {}).secretList();
            ListSecretVersionIdsResponse versions = client.listSecretVersionIds(r -> r.secretId(SECRET_ID));

            assertRoundTrip(created, put, got, described, listed, versions);
            assertThatThrownBy(() -> client.getSecretValue(r -> r.secretId("NoSuchSecret")))
                    .isInstanceOf(ResourceNotFoundException.class)
                    .hasMessageStartingWith("Secrets Manager can't find the specified secret.");
        }
    }

    @Test
    void asyncClientRoundTrip() {
        try (SecretsManagerAsyncClient client = SecretsManagerAsyncClient.builder()
                .endpointOverride(server.endpoint())
                .region(Region.of(server.region()))
                .credentialsProvider(CREDENTIALS)
                .httpClient(NettyNioAsyncHttpClient.create())
                .build()) {

            CreateSecretResponse created = client.createSecret(
                            r -> r.name(SECRET_ID).secretString(FIRST_VALUE))
                    .join();
            PutSecretValueResponse put = client.putSecretValue(r ->
                            r.secretId(SECRET_ID).secretString(SECOND_VALUE).clientRequestToken(TOKEN))
                    .join();
            GetSecretValueResponse got =
                    client.getSecretValue(r -> r.secretId(SECRET_ID)).join();
            DescribeSecretResponse described =
                    client.describeSecret(r -> r.secretId(SECRET_ID)).join();
            List<SecretListEntry> listed = client.listSecrets(r -> {}).join().secretList();
            ListSecretVersionIdsResponse versions =
                    client.listSecretVersionIds(r -> r.secretId(SECRET_ID)).join();

            assertRoundTrip(created, put, got, described, listed, versions);
            assertThatThrownBy(() -> client.getSecretValue(r -> r.secretId("NoSuchSecret"))
                            .join())
                    .isInstanceOf(CompletionException.class)
                    .cause()
                    .isInstanceOf(ResourceNotFoundException.class);
        }
    }

    @Test
    void asyncClientWithManyRequestsInFlight() {
        try (SecretsManagerAsyncClient client = SecretsManagerAsyncClient.builder()
                .endpointOverride(server.endpoint())
                .region(Region.of(server.region()))
                .credentialsProvider(CREDENTIALS)
                .httpClient(NettyNioAsyncHttpClient.create())
                .build()) {
            client.createSecret(r -> r.name(SECRET_ID)).join();

            List<CompletableFuture<PutSecretValueResponse>> puts = IntStream.range(0, 20)
                    .mapToObj(i -> client.putSecretValue(r -> r.secretId(SECRET_ID)
                            .secretString("value-" + i)
                            .clientRequestToken("token-" + i + "-0000-0000-0000-000000000000")))
                    .collect(Collectors.toList());
            CompletableFuture.allOf(puts.toArray(CompletableFuture[]::new)).join();

            assertThat(puts)
                    .extracting(future -> future.join().versionId())
                    .doesNotHaveDuplicates()
                    .hasSize(20);
            SecretSnapshot secret = server.secret(SECRET_ID).orElseThrow();
            assertThat(secret.versions()).hasSize(20);
            assertThat(secret.versions())
                    .filteredOn(v -> v.hasStage("AWSCURRENT"))
                    .hasSize(1);
            assertThat(secret.versions())
                    .filteredOn(v -> v.hasStage("AWSPREVIOUS"))
                    .hasSize(1);
        }
    }

    private static void assertRoundTrip(
            CreateSecretResponse created,
            PutSecretValueResponse put,
            GetSecretValueResponse got,
            DescribeSecretResponse described,
            List<SecretListEntry> listed,
            ListSecretVersionIdsResponse versions) {
        String firstVersion = created.versionId();
        assertThat(created.arn())
                .matches("arn:aws:secretsmanager:us-east-1:123456789012:secret:" + SECRET_ID + "-[A-Za-z0-9]{6}");

        assertThat(put.arn()).isEqualTo(created.arn());
        assertThat(put.name()).isEqualTo(SECRET_ID);
        assertThat(put.versionId()).isEqualTo(TOKEN);
        assertThat(put.versionStages()).containsExactly("AWSCURRENT");

        assertThat(got.secretString()).isEqualTo(SECOND_VALUE);
        assertThat(got.versionId()).isEqualTo(TOKEN);
        assertThat(got.versionStages()).containsExactly("AWSCURRENT");
        assertThat(got.createdDate()).isNotNull();

        assertThat(described.arn()).isEqualTo(created.arn());
        assertThat(described.versionIdsToStages())
                .isEqualTo(Map.of(TOKEN, List.of("AWSCURRENT"), firstVersion, List.of("AWSPREVIOUS")));

        assertThat(listed).extracting(SecretListEntry::name).containsExactly(SECRET_ID);
        assertThat(listed.get(0).secretVersionsToStages()).isEqualTo(described.versionIdsToStages());

        assertThat(versions.arn()).isEqualTo(created.arn());
        assertThat(versions.versions())
                .extracting(SecretVersionsListEntry::versionId, SecretVersionsListEntry::versionStages)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(TOKEN, List.of("AWSCURRENT")),
                        org.assertj.core.groups.Tuple.tuple(firstVersion, List.of("AWSPREVIOUS")));
    }
}
