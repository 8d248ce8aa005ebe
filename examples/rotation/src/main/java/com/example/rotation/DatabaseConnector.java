package com.example.rotation;

import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.secretsmanager.model.ResourceNotFoundException;

/**
 * The application's side: logs in with the secret's AWSCURRENT credentials and, when the database
 * refuses them, with AWSPENDING's, as AWS recommends for clients during a rotation: between setSecret
 * and finishSecret the database already has the new password while AWSCURRENT still holds the old one.
 */
public final class DatabaseConnector {

    /** A login: who, and with the credentials of which staging label. */
    public record Session(String username, String versionStage) {}

    private final SecretsManagerClient secretsManager;
    private final PasswordDatabase database;
    private final String secretId;

    public DatabaseConnector(SecretsManagerClient secretsManager, PasswordDatabase database, String secretId) {
        this.secretsManager = secretsManager;
        this.database = database;
        this.secretId = secretId;
    }

    /** @throws IllegalStateException when neither AWSCURRENT's nor AWSPENDING's password logs in */
    public Session connect() {
        Session current = logIn(PasswordRotationHandler.CURRENT);
        if (current != null) {
            return current;
        }
        Session pending;
        try {
            pending = logIn(PasswordRotationHandler.PENDING);
        } catch (ResourceNotFoundException noRotationUnderWay) {
            pending = null;
        }
        if (pending != null) {
            return pending;
        }
        throw new IllegalStateException("the database refused the credentials of " + secretId);
    }

    private Session logIn(String stage) {
        DatabaseCredentials credentials = DatabaseCredentials.parse(secretsManager
                .getSecretValue(r -> r.secretId(secretId).versionStage(stage))
                .secretString());
        return database.canLogIn(credentials.username(), credentials.password())
                ? new Session(credentials.username(), stage)
                : null;
    }
}
