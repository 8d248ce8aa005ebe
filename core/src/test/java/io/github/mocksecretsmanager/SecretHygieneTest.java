package io.github.mocksecretsmanager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.mocksecretsmanager.journal.RequestPattern;
import io.github.mocksecretsmanager.testsupport.SdkClients;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

/**
 * Secret values never reach the server's log (debug level in tests), an error message, a
 * {@code toString()}, the request journal or its admin endpoint. Canary values go through every
 * operation that carries one, error paths included.
 */
class SecretHygieneTest {

    private static final String CANARY = "HYGIENE-CANARY-" + UUID.randomUUID();
    private static final String ROTATION_CANARY =
            "ROTATION-CANARY-" + UUID.randomUUID().toString().substring(0, 20);
    private static final Path SERVER_LOG = Path.of("target", "test-server.log");

    @Test
    void canariesAppearInNoLogLineErrorOrToString() throws Exception {
        List<String> observed = new ArrayList<>();
        ServerConfig config =
                ServerConfig.builder().seed("seeded", CANARY + "-seed").build();
        try (MockSecretsManagerServer server = MockSecretsManagerServer.start(config);
                SecretsManagerClient client = SdkClients.syncClient(server)) {
            String token = UUID.randomUUID().toString();
            client.createSecret(
                    r -> r.name("s").secretString(CANARY + "-create").clientRequestToken(token));
            client.putSecretValue(r -> r.secretId("s").secretString(CANARY + "-put"));
            // Refused (no rotation is under way), and neither the value nor the token may show.
            observed.add(message(catchThrowable(() -> client.putSecretValue(
                    r -> r.secretId("s").secretString(CANARY + "-rotation").rotationToken(ROTATION_CANARY)))));
            client.putSecretValue(r -> r.secretId("s").secretBinary(SdkBytes.fromUtf8String(CANARY + "-binary")));
            client.getSecretValue(r -> r.secretId("s"));
            client.updateSecret(r -> r.secretId("s").secretString(CANARY + "-update"));
            client.createSecret(r -> r.name("b").secretBinary(SdkBytes.fromUtf8String(CANARY + "-create-binary")));
            client.batchGetSecretValue(r -> r.secretIdList("s", "b"));

            // Error paths that carry a value.
            observed.add(message(catchThrowable(() -> client.createSecret(
                    r -> r.name("s").secretString(CANARY + "-clash").clientRequestToken(token)))));
            observed.add(message(catchThrowable(() -> client.putSecretValue(r ->
                    r.secretId("s").secretString(CANARY + "-both").secretBinary(SdkBytes.fromUtf8String(CANARY))))));
            observed.add(message(catchThrowable(
                    () -> client.putSecretValue(r -> r.secretId("missing").secretString(CANARY + "-missing")))));
            observed.add(message(catchThrowable(
                    () -> client.putSecretValue(r -> r.secretId("s").secretString(CANARY + "x".repeat(70_000))))));
            observed.add(message(catchThrowable(() -> client.putSecretValue(
                    r -> r.secretId("s").secretString(CANARY).rotationToken(ROTATION_CANARY + "!")))));
            observed.add(message(catchThrowable(
                    () -> client.putSecretValue(r -> r.secretId("bad name").secretString(CANARY + "-badname")))));

            observed.add(server.requests().toString());
            observed.add(adminJournal(server));
            observed.add(message(catchThrowable(() ->
                    server.verify(RequestPattern.putSecretValue().secretId("s").stage("NOT-THERE")))));
            assertThat(server.requests(RequestPattern.putSecretValue())).hasSizeGreaterThan(5);

            observed.add(server.toString());
            server.secrets().forEach(s -> observed.add(s.toString()));
            observed.add(config.toString());
        }

        assertThat(observed).hasSizeGreaterThan(6).allSatisfy(text -> assertThat(text)
                .doesNotContain("CANARY"));
        String log = Files.readString(SERVER_LOG, StandardCharsets.UTF_8);
        assertThat(log)
                .as("the server log has debug lines, so a leak would show")
                .contains("PutSecretValue -> 200");
        assertThat(log).doesNotContain("CANARY");
    }

    private static String adminJournal(MockSecretsManagerServer server) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(server.endpoint() + "/__admin/requests"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
    }

    private static String message(Throwable thrown) {
        assertThat(thrown).as("the call should have failed").isNotNull();
        return thrown.getMessage();
    }
}
