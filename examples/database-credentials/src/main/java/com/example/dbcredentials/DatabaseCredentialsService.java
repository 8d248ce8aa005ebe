package com.example.dbcredentials;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

/** Reads database credentials from Secrets Manager. The client is passed in, so tests can point it anywhere. */
public final class DatabaseCredentialsService {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final SecretsManagerClient secretsManager;

    public DatabaseCredentialsService(SecretsManagerClient secretsManager) {
        this.secretsManager = secretsManager;
    }

    public DatabaseCredentials credentials(String secretId) {
        String secretString =
                secretsManager.getSecretValue(r -> r.secretId(secretId)).secretString();
        try {
            return JSON.readValue(secretString, DatabaseCredentials.class);
        } catch (JsonProcessingException e) {
            // Jackson's message can quote the input, that is the password: report only where parsing stopped.
            String where = e.getLocation() == null
                    ? "unknown position"
                    : e.getLocation().offsetDescription();
            throw new IllegalStateException(
                    "Secret " + secretId + " does not hold database credentials JSON (" + where + ")");
        }
    }
}
