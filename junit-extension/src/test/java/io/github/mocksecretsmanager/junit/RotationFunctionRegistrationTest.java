package io.github.mocksecretsmanager.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mocksecretsmanager.MockSecretsManagerServer;
import io.github.mocksecretsmanager.ServerConfig;
import io.github.mocksecretsmanager.rotation.Rotation;
import io.github.mocksecretsmanager.rotation.RotationEvent;
import io.github.mocksecretsmanager.rotation.RotationFunction;
import io.github.mocksecretsmanager.rotation.RotationState;
import io.github.mocksecretsmanager.rotation.RotationStep;
import io.github.mocksecretsmanager.testsupport.TemplateRotationFunction;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.secretsmanager.model.SecretsManagerException;

/** Rotation functions registered through the extension: annotation, builder, and the required setting. */
class RotationFunctionRegistrationTest {

    static final String LAMBDA = "arn:aws:lambda:us-east-1:123456789012:function:rotate-db";
    static final String CHECK_ONLY = "arn:aws:lambda:us-east-1:123456789012:function:check-only";

    @Test
    void anAnnotatedFunctionRotatesInEveryTestResetsNotwithstanding() {
        EngineExecutionResults results = EngineRuns.run(Annotated.class);

        results.testEvents().assertStatistics(stats -> stats.started(2).succeeded(2));
    }

    @Test
    void builderFunctionsRotateAsClassesAndAsLambdas() {
        EngineExecutionResults results = EngineRuns.run(BuilderRegistered.class);

        results.testEvents().assertStatistics(stats -> stats.started(2).succeeded(2));
    }

    @Test
    void anUnregisteredFunctionIsDeniedUnlessFunctionsAreNotRequired() {
        EngineExecutionResults results = EngineRuns.run(Required.class, NotRequired.class, NotRequiredByBuilder.class);

        results.testEvents().assertStatistics(stats -> stats.started(3).succeeded(3));
    }

    @Test
    void aFunctionClassTheExtensionCannotMakeFailsTheClassNamingIt() {
        EngineExecutionResults results = EngineRuns.run(NoUsableConstructor.class, ThrowingConstructor.class);

        assertThat(EngineRuns.failures(results))
                .hasSize(2)
                .anySatisfy(failure -> assertThat(failure)
                        .contains(
                                ExtensionConfigurationException.class.getName(),
                                "@RegisterRotationFunction(arn = \"" + LAMBDA + "\") on "
                                        + NoUsableConstructor.class.getName(),
                                NeedsAString.class.getName() + " needs a public constructor taking a "
                                        + ClassRotationFunction.CLIENT_CLASS))
                .anySatisfy(failure -> assertThat(failure)
                        .contains(Throwing.class.getName() + " could not be made", "no database today"));
    }

    @Test
    void theBuilderFunctionsAndRequiredSettingWinOverTheServerConfigWhicheverComesFirst() {
        RotationFunction fromConfig = event -> {};
        RotationFunction fromBuilder = event -> {};
        ServerConfig serverConfig = ServerConfig.builder()
                .rotationFunction(LAMBDA, fromConfig)
                .rotationFunction(CHECK_ONLY, fromConfig)
                .rotationFunctionsRequired(false)
                .build();
        MockSecretsManagerExtension.Builder first = MockSecretsManagerExtension.builder()
                .serverConfig(serverConfig)
                .rotationFunction(LAMBDA, fromBuilder)
                .rotationFunctionsRequired(true);
        MockSecretsManagerExtension.Builder last = MockSecretsManagerExtension.builder()
                .rotationFunction(LAMBDA, fromBuilder)
                .rotationFunctionsRequired(true)
                .serverConfig(serverConfig);

        for (MockSecretsManagerExtension.Builder builder : List.of(first, last)) {
            ServerConfig config = builder.build().registeredServerConfig();
            assertThat(config.rotationFunctions())
                    .containsOnly(Map.entry(CHECK_ONLY, fromConfig), Map.entry(LAMBDA, fromBuilder));
            assertThat(config.rotationFunctionsRequired()).isTrue();
        }
        assertThat(MockSecretsManagerExtension.builder()
                        .serverConfig(serverConfig)
                        .build()
                        .registeredServerConfig()
                        .rotationFunctionsRequired())
                .isFalse();
        assertThatThrownBy(() -> MockSecretsManagerExtension.builder().rotationFunction(LAMBDA, NeedsAString.class))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(NeedsAString.class.getName());
    }

    static Rotation rotate(SecretsManagerClient client, MockSecretsManagerServer server, String name) {
        client.createSecret(r -> r.name(name).secretString("first-password"));
        client.rotateSecret(r -> r.secretId(name).rotationLambdaARN(LAMBDA));
        return server.awaitRotation(name);
    }

    // tag::annotation-registration[]
    @MockSecretsManager
    @RegisterRotationFunction(arn = LAMBDA, function = TemplateRotationFunction.class)
    // end::annotation-registration[]
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    static class Annotated {
        @Test
        @Order(1)
        void rotates(SecretsManagerClient client, MockSecretsManagerServer server) {
            Rotation rotation = rotate(client, server, "db/password");

            assertThat(rotation.state()).isEqualTo(RotationState.SUCCEEDED);
            assertThat(client.getSecretValue(r -> r.secretId("db/password")).secretString())
                    .isNotEqualTo("first-password");
        }

        @Test
        @Order(2)
        void stillRotatesAfterTheReset(SecretsManagerClient client, MockSecretsManagerServer server) {
            assertThat(server.rotations()).isEmpty(); // the reset forgot the first test's rotation
            assertThat(server.rotationFunctions()).containsExactly(LAMBDA);

            assertThat(rotate(client, server, "db/password").state()).isEqualTo(RotationState.SUCCEEDED);
        }
    }

    static final List<RotationEvent> CHECKED = new CopyOnWriteArrayList<>();

    static class BuilderRegistered {
        // tag::builder-registration[]
        @RegisterExtension
        static MockSecretsManagerExtension secretsManager = MockSecretsManagerExtension.builder()
                // a class: made once the server runs, with a client of it when its constructor takes one
                .rotationFunction(LAMBDA, TemplateRotationFunction.class)
                // or any RotationFunction, such as a lambda
                .rotationFunction(CHECK_ONLY, CHECKED::add)
                .build();
        // end::builder-registration[]

        @Test
        void theClassRotates(SecretsManagerClient client, MockSecretsManagerServer server) {
            server.registerRotationFunction("arn:aws:lambda:us-east-1:123456789012:function:for-one-test", e -> {});

            assertThat(rotate(client, server, "db/password").state()).isEqualTo(RotationState.SUCCEEDED);
        }

        @Test
        void theLambdaChecks(SecretsManagerClient client, MockSecretsManagerServer server) {
            assertThat(server.rotationFunctions()).containsExactly(CHECK_ONLY, LAMBDA); // for-one-test is gone
            client.createSecret(r -> r.name("api/key").secretString("key"));

            client.rotateSecret(
                    r -> r.secretId("api/key").rotationLambdaARN(CHECK_ONLY).rotateImmediately(false));

            assertThat(server.awaitRotation("api/key").state()).isEqualTo(RotationState.SUCCEEDED);
            assertThat(CHECKED).extracting(RotationEvent::step).containsExactly(RotationStep.TEST_SECRET);
            assertThat(CHECKED.get(0).secretId())
                    .isEqualTo(client.describeSecret(r -> r.secretId("api/key")).arn());
        }
    }

    static void assertDenied(SecretsManagerClient client) {
        client.createSecret(r -> r.name("db/password").secretString("first-password"));
        assertThatThrownBy(
                        () -> client.rotateSecret(r -> r.secretId("db/password").rotationLambdaARN(LAMBDA)))
                .isInstanceOfSatisfying(
                        SecretsManagerException.class,
                        e -> assertThat(e.awsErrorDetails().errorCode()).isEqualTo("AccessDeniedException"));
    }

    static void assertRecordedOnly(SecretsManagerClient client, MockSecretsManagerServer server) {
        client.createSecret(r -> r.name("db/password").secretString("first-password"));
        client.rotateSecret(r -> r.secretId("db/password").rotationLambdaARN(LAMBDA));
        assertThat(client.describeSecret(r -> r.secretId("db/password")).rotationLambdaARN())
                .isEqualTo(LAMBDA);
        assertThat(server.rotation("db/password")).isEmpty();
    }

    @MockSecretsManager
    static class Required {
        @Test
        void denied(SecretsManagerClient client) {
            assertDenied(client);
        }
    }

    @MockSecretsManager(rotationFunctionsRequired = false)
    static class NotRequired {
        @Test
        void recordedOnly(SecretsManagerClient client, MockSecretsManagerServer server) {
            assertRecordedOnly(client, server);
        }
    }

    static class NotRequiredByBuilder {
        @RegisterExtension
        static MockSecretsManagerExtension secretsManager = MockSecretsManagerExtension.builder()
                .rotationFunctionsRequired(false)
                .build();

        @Test
        void recordedOnly(SecretsManagerClient client, MockSecretsManagerServer server) {
            assertRecordedOnly(client, server);
        }
    }

    /** A function the extension cannot make: its only constructor wants a string. */
    public static final class NeedsAString implements RotationFunction {
        public NeedsAString(String unused) {}

        @Override
        public void invoke(RotationEvent event) {}
    }

    /** A function whose constructor fails. */
    public static final class Throwing implements RotationFunction {
        public Throwing() {
            throw new IllegalStateException("no database today");
        }

        @Override
        public void invoke(RotationEvent event) {}
    }

    @MockSecretsManager
    @RegisterRotationFunction(arn = LAMBDA, function = NeedsAString.class)
    static class NoUsableConstructor {
        @Test
        void neverRuns() {}
    }

    @MockSecretsManager
    @RegisterRotationFunction(arn = LAMBDA, function = Throwing.class)
    static class ThrowingConstructor {
        @Test
        void neverRuns() {}
    }
}
