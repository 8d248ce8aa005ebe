package io.github.mocksecretsmanager.testcontainers;

import io.github.mocksecretsmanager.rotation.RotationEvent;
import io.github.mocksecretsmanager.rotation.RotationFunction;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.secretsmanager.model.DescribeSecretResponse;
import software.amazon.awssdk.services.secretsmanager.model.ResourceNotFoundException;

/**
 * The AWS rotation template (aws-samples/aws-secrets-manager-rotation-lambdas,
 * SecretsManagerRotationTemplate/lambda_function.py) in Java, as core's tests have it; the test JVM runs it for
 * the server in the container.
 */
public final class TemplateRotation implements RotationFunction {

    private final SecretsManagerClient client;
    private final Consumer<String> setSecret;
    private final Consumer<String> testSecret;

    /** @param setSecret and {@code testSecret} receive the pending value */
    public TemplateRotation(SecretsManagerClient client, Consumer<String> setSecret, Consumer<String> testSecret) {
        this.client = client;
        this.setSecret = setSecret;
        this.testSecret = testSecret;
    }

    public TemplateRotation(SecretsManagerClient client) {
        this(client, pending -> {}, pending -> {});
    }

    @Override
    public void invoke(RotationEvent event) {
        String arn = event.secretId();
        String token = event.clientRequestToken();
        DescribeSecretResponse metadata = client.describeSecret(r -> r.secretId(arn));
        if (!Boolean.TRUE.equals(metadata.rotationEnabled())) {
            throw new IllegalStateException("Secret " + arn + " is not enabled for rotation");
        }
        Map<String, List<String>> versions = metadata.versionIdsToStages();
        if (!versions.containsKey(token)) {
            throw new IllegalStateException(
                    "Secret version " + token + " has no stage for rotation of secret " + arn + ".");
        }
        if (versions.get(token).contains("AWSCURRENT")) {
            return; // already current: nothing to do
        }
        if (!versions.get(token).contains("AWSPENDING")) {
            throw new IllegalStateException(
                    "Secret version " + token + " not set as AWSPENDING for rotation of secret " + arn + ".");
        }
        switch (event.step()) {
            case CREATE_SECRET -> createSecret(arn, token, event.rotationToken());
            case SET_SECRET -> setSecret.accept(pending(arn, token));
            case TEST_SECRET -> testSecret.accept(pending(arn, token));
            case FINISH_SECRET -> finishSecret(arn, token);
        }
    }

    private void createSecret(String arn, String token, String rotationToken) {
        client.getSecretValue(r -> r.secretId(arn).versionStage("AWSCURRENT")); // it must exist
        try {
            client.getSecretValue(r -> r.secretId(arn).versionId(token).versionStage("AWSPENDING"));
        } catch (ResourceNotFoundException e) {
            String password = client.getRandomPassword(r -> r.excludeCharacters("/@\"'\\"))
                    .randomPassword();
            client.putSecretValue(r -> r.secretId(arn)
                    .clientRequestToken(token)
                    .secretString(password)
                    .versionStages("AWSPENDING")
                    .rotationToken(rotationToken));
        }
    }

    private String pending(String arn, String token) {
        return client.getSecretValue(r -> r.secretId(arn).versionId(token).versionStage("AWSPENDING"))
                .secretString();
    }

    private void finishSecret(String arn, String token) {
        DescribeSecretResponse metadata = client.describeSecret(r -> r.secretId(arn));
        String current = null;
        for (Map.Entry<String, List<String>> version :
                metadata.versionIdsToStages().entrySet()) {
            if (version.getValue().contains("AWSCURRENT")) {
                if (version.getKey().equals(token)) {
                    return;
                }
                current = version.getKey();
            }
        }
        String removeFrom = current;
        client.updateSecretVersionStage(r -> r.secretId(arn)
                .versionStage("AWSCURRENT")
                .moveToVersionId(token)
                .removeFromVersionId(removeFrom));
    }
}
