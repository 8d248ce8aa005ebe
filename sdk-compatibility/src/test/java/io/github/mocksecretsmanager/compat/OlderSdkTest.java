package io.github.mocksecretsmanager.compat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.mocksecretsmanager.MockSecretsManagerServer;
import io.github.mocksecretsmanager.junit.MockSecretsManager;
import io.github.mocksecretsmanager.junit.Seed;
import java.net.URI;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.util.VersionInfo;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.secretsmanager.model.ResourceExistsException;

/** The extension, built against SDK 2.54, in a project that brings an older SDK 2.x of its own. */
@MockSecretsManager
@Seed(name = "db/creds", value = "{\"user\":\"app\"}")
class OlderSdkTest {

    @Test
    void runsOnTheUsersSdkVersion() {
        assertEquals(System.getProperty("expected.sdk.version"), VersionInfo.SDK_VERSION);
    }

    @Test
    void injectedClientsWork(SecretsManagerClient client, MockSecretsManagerServer server, URI endpoint) {
        assertEquals(server.endpoint(), endpoint);
        assertEquals("{\"user\":\"app\"}", client.getSecretValue(r -> r.secretId("db/creds")).secretString());

        String token = "a1b2c3d4-0000-4000-8000-000000000001";
        client.putSecretValue(r -> r.secretId("db/creds").secretString("rotated").clientRequestToken(token));
        assertEquals("rotated", client.getSecretValue(r -> r.secretId("db/creds")).secretString());
        assertEquals(token, server.secret("db/creds").orElseThrow().current().orElseThrow().versionId());
        assertThrows(
                ResourceExistsException.class,
                () -> client.putSecretValue(r -> r.secretId("db/creds").secretString("other").clientRequestToken(token)));
    }
}
