package com.example.rotation;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.secretsmanager.model.DescribeSecretResponse;
import software.amazon.awssdk.services.secretsmanager.model.ResourceNotFoundException;

/**
 * A rotation Lambda for a database password, written from the four steps of AWS's rotation template
 * (aws-samples/aws-secrets-manager-rotation-lambdas, SecretsManagerRotationTemplate, and the
 * single-user database templates): Secrets Manager invokes it with {@code Step} = {@code
 * createSecret}, {@code setSecret}, {@code testSecret}, {@code finishSecret}, the secret's ARN as
 * {@code SecretId}, and the new version's id as {@code ClientRequestToken}.
 */
public class PasswordRotationHandler implements RequestHandler<Map<String, String>, Void> {

    static final String CURRENT = "AWSCURRENT";
    static final String PENDING = "AWSPENDING";
    static final String PREVIOUS = "AWSPREVIOUS";

    private final SecretsManagerClient secretsManager;
    private final PasswordDatabase database;

    /** In a real Lambda, a no-argument constructor would build these from the environment. */
    public PasswordRotationHandler(SecretsManagerClient secretsManager, PasswordDatabase database) {
        this.secretsManager = secretsManager;
        this.database = database;
    }

    @Override
    public Void handleRequest(Map<String, String> event, Context context) {
        String arn = event.get("SecretId");
        String token = event.get("ClientRequestToken");
        String step = event.get("Step");

        DescribeSecretResponse metadata = secretsManager.describeSecret(r -> r.secretId(arn));
        if (!Boolean.TRUE.equals(metadata.rotationEnabled())) {
            throw new IllegalStateException("Secret " + arn + " is not enabled for rotation");
        }
        List<String> stages = metadata.versionIdsToStages().get(token);
        if (stages == null) {
            throw new IllegalStateException(
                    "Secret version " + token + " has no stage for rotation of secret " + arn + ".");
        }
        if (stages.contains(CURRENT)) {
            return null; // already current: a retried finishSecret
        }
        if (!stages.contains(PENDING)) {
            throw new IllegalStateException(
                    "Secret version " + token + " not set as AWSPENDING for rotation of secret " + arn + ".");
        }
        switch (step) {
            case "createSecret" -> createSecret(arn, token, event.get("RotationToken"));
            case "setSecret" -> setSecret(arn, token);
            case "testSecret" -> testSecret(arn, token);
            case "finishSecret" -> finishSecret(arn, token, metadata);
            default -> throw new IllegalArgumentException("Invalid step parameter " + step);
        }
        return null;
    }

    /** A new password as the AWSPENDING version, unless a retried step already made one. */
    private void createSecret(String arn, String token, String rotationToken) {
        DatabaseCredentials current = credentials(arn, null, CURRENT);
        try {
            credentials(arn, token, PENDING);
        } catch (ResourceNotFoundException e) {
            String password = secretsManager
                    .getRandomPassword(r -> r.excludeCharacters("/@\"'\\"))
                    .randomPassword();
            secretsManager.putSecretValue(r -> r.secretId(arn)
                    .clientRequestToken(token)
                    .secretString(current.withPassword(password).toJson())
                    .versionStages(PENDING)
                    .rotationToken(rotationToken));
        }
    }

    /** Sets the pending password in the database, logged in with the current (or previous) one. */
    private void setSecret(String arn, String token) {
        DatabaseCredentials pending = credentials(arn, token, PENDING);
        if (database.canLogIn(pending.username(), pending.password())) {
            return; // set already: a retried step
        }
        DatabaseCredentials current = credentials(arn, null, CURRENT);
        String oldPassword = current.password();
        if (!database.canLogIn(current.username(), oldPassword)) {
            // An earlier rotation that failed after setSecret left the database on AWSPREVIOUS's password.
            oldPassword = credentials(arn, null, PREVIOUS).password();
        }
        database.changePassword(pending.username(), oldPassword, pending.password());
    }

    /** The pending password must log in. */
    private void testSecret(String arn, String token) {
        DatabaseCredentials pending = credentials(arn, token, PENDING);
        if (!database.canLogIn(pending.username(), pending.password())) {
            throw new IllegalStateException("Unable to log into database with pending secret of secret " + arn + ".");
        }
    }

    /** Moves AWSCURRENT to the new version (the old one becomes AWSPREVIOUS). */
    private void finishSecret(String arn, String token, DescribeSecretResponse metadata) {
        String current = metadata.versionIdsToStages().entrySet().stream()
                .filter(version -> version.getValue().contains(CURRENT))
                .map(Map.Entry::getKey)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("Secret " + arn + " has no AWSCURRENT version"));
        secretsManager.updateSecretVersionStage(r ->
                r.secretId(arn).versionStage(CURRENT).moveToVersionId(token).removeFromVersionId(current));
    }

    private DatabaseCredentials credentials(String arn, String versionId, String stage) {
        return DatabaseCredentials.parse(secretsManager
                .getSecretValue(r -> r.secretId(arn).versionId(versionId).versionStage(stage))
                .secretString());
    }
}
