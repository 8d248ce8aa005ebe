package com.example.rotation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.secretsmanager.model.ResourceNotFoundException;

/**
 * The steps of a rotation function for a {@code {"username": ..., "password": ...}} secret, as in
 * AWS's rotation templates. Each step is given the rotation's token, which becomes the new version's id.
 */
public final class PasswordRotation {

    static final String CURRENT = "AWSCURRENT";
    static final String PENDING = "AWSPENDING";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final SecretsManagerClient secretsManager;

    public PasswordRotation(SecretsManagerClient secretsManager) {
        this.secretsManager = secretsManager;
    }

    /** "createSecret": a new password as the AWSPENDING version. Readers of AWSCURRENT still get the old one. */
    public void createPending(String secretId, String token) {
        if (pendingVersionExists(secretId, token)) {
            return; // a retried step: keep the password already made
        }
        ObjectNode secret = read(secretId, CURRENT).deepCopy();
        String newPassword = secretsManager
                .getRandomPassword(r -> r.passwordLength(32L).excludeCharacters("/@\"'\\"))
                .randomPassword();
        secret.put("password", newPassword);
        secretsManager.putSecretValue(r -> r.secretId(secretId)
                .clientRequestToken(token)
                .secretString(secret.toString())
                .versionStages(PENDING));
    }

    /** "testSecret": the pending credentials, to try against the database before anyone depends on them. */
    public Credentials pending(String secretId) {
        return Credentials.of(read(secretId, PENDING));
    }

    public Credentials current(String secretId) {
        return Credentials.of(read(secretId, CURRENT));
    }

    /** "finishSecret": the pending version becomes AWSCURRENT; the old one gets AWSPREVIOUS. */
    public void finish(String secretId, String token) {
        String currentVersion =
                secretsManager.describeSecret(r -> r.secretId(secretId)).versionIdsToStages().entrySet().stream()
                        .filter(version -> version.getValue().contains(CURRENT))
                        .map(Map.Entry::getKey)
                        .findFirst()
                        .orElseThrow();
        if (currentVersion.equals(token)) {
            return; // already finished
        }
        secretsManager.updateSecretVersionStage(r -> r.secretId(secretId)
                .versionStage(CURRENT)
                .moveToVersionId(token)
                .removeFromVersionId(currentVersion));
        // Leave no AWSPENDING behind, so the next rotation starts clean.
        secretsManager.updateSecretVersionStage(
                r -> r.secretId(secretId).versionStage(PENDING).removeFromVersionId(token));
    }

    private boolean pendingVersionExists(String secretId, String token) {
        try {
            secretsManager.getSecretValue(
                    r -> r.secretId(secretId).versionId(token).versionStage(PENDING));
            return true;
        } catch (ResourceNotFoundException e) {
            return false;
        }
    }

    private ObjectNode read(String secretId, String stage) {
        String secretString = secretsManager
                .getSecretValue(r -> r.secretId(secretId).versionStage(stage))
                .secretString();
        try {
            if (JSON.readTree(secretString) instanceof ObjectNode secret) {
                return secret;
            }
        } catch (JsonProcessingException e) {
            // Reported below without Jackson's message, which could quote the secret.
        }
        throw new IllegalStateException("Secret " + secretId + " (" + stage + ") is not a JSON object");
    }

    public record Credentials(String username, String password) {

        static Credentials of(ObjectNode secret) {
            return new Credentials(
                    secret.path("username").asText(), secret.path("password").asText());
        }

        @Override
        public String toString() {
            return "Credentials[" + username + ", password=***]";
        }
    }
}
