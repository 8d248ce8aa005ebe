package com.example.rotation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.mocksecretsmanager.MockSecretsManagerServer;
import io.github.mocksecretsmanager.junit.InjectSecretsManager;
import io.github.mocksecretsmanager.junit.MockSecretsManager;
import io.github.mocksecretsmanager.junit.Seed;
import io.github.mocksecretsmanager.rotation.Rotation;
import io.github.mocksecretsmanager.rotation.RotationState;
import io.github.mocksecretsmanager.rotation.RotationStep;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

// A server for this class, back to the seeded secret before every test.
@MockSecretsManager
@Seed(
        name = PasswordRotationHandlerTest.SECRET,
        value = "{\"username\": \"orders_app\", \"password\": \"first-password\"}")
class PasswordRotationHandlerTest {

    static final String SECRET = "prod/orders/db";
    static final String LAMBDA = "arn:aws:lambda:us-east-1:123456789012:function:rotate-orders-db";

    @InjectSecretsManager
    SecretsManagerClient secretsManager;

    @InjectSecretsManager
    MockSecretsManagerServer server;

    InMemoryDatabase database = new InMemoryDatabase("orders_app", "first-password");

    String firstVersion;

    @BeforeEach
    void registerTheRotationFunction() {
        PasswordRotationHandler handler = new PasswordRotationHandler(secretsManager, database);
        // The Lambda handler, unchanged, behind the ARN RotateSecret names; it ignores its Context.
        // tag::lambda-adapter[]
        server.registerRotationFunction(LAMBDA, event -> handler.handleRequest(event.asMap(), null));
        // end::lambda-adapter[]
        firstVersion = stages().keySet().iterator().next();
    }

    @Test
    void rotatesThePasswordInTheDatabaseAndTheSecret() {
        String token = secretsManager
                .rotateSecret(r -> r.secretId(SECRET)
                        .rotationLambdaARN(LAMBDA)
                        .rotationRules(rules -> rules.automaticallyAfterDays(30L)))
                .versionId();
        Rotation rotation = server.awaitRotation(SECRET);

        assertEquals(RotationState.SUCCEEDED, rotation.state());
        assertEquals(Map.of(token, List.of("AWSCURRENT"), firstVersion, List.of("AWSPREVIOUS")), stages());
        DatabaseCredentials current = credentials("AWSCURRENT");
        assertNotEquals("first-password", current.password());
        assertEquals("orders_app", current.username());
        assertTrue(database.canLogIn("orders_app", current.password()));
        assertFalse(database.canLogIn("orders_app", "first-password"));
        assertEquals("first-password", credentials("AWSPREVIOUS").password());
    }

    @Test
    void aDatabaseThatKeepsTheOldPasswordFailsTestSecretAndAwsCurrentStays() {
        database.ignorePasswordChanges();

        String token = secretsManager
                .rotateSecret(r -> r.secretId(SECRET).rotationLambdaARN(LAMBDA))
                .versionId();
        Rotation rotation = server.awaitRotation(SECRET);

        assertEquals(RotationState.FAILED, rotation.state());
        assertEquals(RotationStep.TEST_SECRET, rotation.failedStep());
        assertEquals(Map.of(firstVersion, List.of("AWSCURRENT"), token, List.of("AWSPENDING")), stages());
        assertEquals("first-password", credentials("AWSCURRENT").password());
        assertTrue(database.canLogIn("orders_app", "first-password"));
        // The application keeps working on AWSCURRENT.
        assertEquals(
                new DatabaseConnector.Session("orders_app", "AWSCURRENT"),
                new DatabaseConnector(secretsManager, database, SECRET).connect());
    }

    @Test
    void theApplicationLogsInWhileTheRotationIsPausedAfterSetSecret() {
        DatabaseConnector connector = new DatabaseConnector(secretsManager, database, SECRET);
        // tag::pause-resume[]
        server.pauseRotation(SECRET, RotationStep.SET_SECRET);
        secretsManager.rotateSecret(r -> r.secretId(SECRET).rotationLambdaARN(LAMBDA));
        Rotation paused = server.awaitRotation(SECRET); // returns once setSecret has run

        // The window: the database has the new password, AWSCURRENT still the old one.
        assertEquals(RotationState.PAUSED, paused.state());
        assertFalse(database.canLogIn("orders_app", credentials("AWSCURRENT").password()));
        assertEquals(new DatabaseConnector.Session("orders_app", "AWSPENDING"), connector.connect());

        server.resumeRotation(SECRET);
        assertEquals(RotationState.SUCCEEDED, server.awaitRotation(SECRET).state());
        // end::pause-resume[]
        assertEquals(new DatabaseConnector.Session("orders_app", "AWSCURRENT"), connector.connect());
    }

    @Test
    void withoutARotationUnderWayAWrongPasswordIsReported() {
        InMemoryDatabase otherDatabase = new InMemoryDatabase("orders_app", "another-password");

        IllegalStateException refused = assertThrows(
                IllegalStateException.class,
                () -> new DatabaseConnector(secretsManager, otherDatabase, SECRET).connect());
        assertEquals("the database refused the credentials of " + SECRET, refused.getMessage());
    }

    private Map<String, List<String>> stages() {
        return secretsManager.describeSecret(r -> r.secretId(SECRET)).versionIdsToStages();
    }

    private DatabaseCredentials credentials(String stage) {
        return DatabaseCredentials.parse(secretsManager
                .getSecretValue(r -> r.secretId(SECRET).versionStage(stage))
                .secretString());
    }
}
