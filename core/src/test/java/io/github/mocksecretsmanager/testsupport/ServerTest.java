package io.github.mocksecretsmanager.testsupport;

import io.github.mocksecretsmanager.MockSecretsManagerServer;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

/** One server and one SDK client per test class; every test gets a unique secret name. */
public abstract class ServerTest {

    protected static MockSecretsManagerServer server;
    protected static SecretsManagerClient client;

    protected String name;

    @BeforeAll
    static void startServer() {
        server = MockSecretsManagerServer.start();
        client = SdkClients.syncClient(server);
    }

    @AfterAll
    static void stopServer() {
        client.close();
        server.close();
    }

    @BeforeEach
    void uniqueName(TestInfo test) {
        name = test.getTestMethod().orElseThrow().getName() + "-"
                + UUID.randomUUID().toString().substring(0, 8);
    }

    protected static String token() {
        return UUID.randomUUID().toString();
    }
}
