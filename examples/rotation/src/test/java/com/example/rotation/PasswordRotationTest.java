package com.example.rotation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.example.rotation.PasswordRotation.Credentials;
import io.github.mocksecretsmanager.junit.InjectSecretsManager;
import io.github.mocksecretsmanager.junit.MockSecretsManager;
import io.github.mocksecretsmanager.junit.Seed;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.secretsmanager.model.GetSecretValueResponse;

@MockSecretsManager
@Seed(name = "orders/db", value = "{\"username\": \"orders_app\", \"password\": \"OLD-PASSWORD\"}")
class PasswordRotationTest {

    static final String SECRET = "orders/db";

    @InjectSecretsManager
    SecretsManagerClient secretsManager;

    PasswordRotation rotation;
    String token = UUID.randomUUID().toString();

    @BeforeEach
    void createRotation() {
        rotation = new PasswordRotation(secretsManager);
    }

    @Test
    void thePendingVersionLeavesTheCurrentOneAlone() {
        rotation.createPending(SECRET, token);

        Credentials pending = rotation.pending(SECRET);
        assertEquals("orders_app", pending.username());
        assertNotEquals("OLD-PASSWORD", pending.password());
        assertEquals("OLD-PASSWORD", rotation.current(SECRET).password());

        GetSecretValueResponse pendingVersion =
                secretsManager.getSecretValue(r -> r.secretId(SECRET).versionStage("AWSPENDING"));
        assertEquals(token, pendingVersion.versionId());
        assertEquals(List.of("AWSPENDING"), pendingVersion.versionStages());
    }

    @Test
    void aRetriedCreateStepKeepsThePasswordItMadeFirst() {
        rotation.createPending(SECRET, token);
        String firstPassword = rotation.pending(SECRET).password();

        rotation.createPending(SECRET, token);

        assertEquals(firstPassword, rotation.pending(SECRET).password());
    }

    @Test
    void finishingPromotesThePendingVersionAndKeepsTheOldOneAsPrevious() {
        String oldVersion =
                secretsManager.getSecretValue(r -> r.secretId(SECRET)).versionId();
        rotation.createPending(SECRET, token);
        String newPassword = rotation.pending(SECRET).password();

        rotation.finish(SECRET, token);

        assertEquals(newPassword, rotation.current(SECRET).password());
        GetSecretValueResponse previous =
                secretsManager.getSecretValue(r -> r.secretId(SECRET).versionStage("AWSPREVIOUS"));
        assertEquals("{\"username\": \"orders_app\", \"password\": \"OLD-PASSWORD\"}", previous.secretString());
        assertEquals(
                Map.of(token, List.of("AWSCURRENT"), oldVersion, List.of("AWSPREVIOUS")),
                secretsManager.describeSecret(r -> r.secretId(SECRET)).versionIdsToStages());
    }

    @Test
    void finishingTwiceChangesNothing() {
        rotation.createPending(SECRET, token);
        rotation.finish(SECRET, token);
        Map<String, List<String>> afterFirst =
                secretsManager.describeSecret(r -> r.secretId(SECRET)).versionIdsToStages();

        rotation.finish(SECRET, token);

        assertEquals(
                afterFirst,
                secretsManager.describeSecret(r -> r.secretId(SECRET)).versionIdsToStages());
    }
}
