package io.github.mocksecretsmanager.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mocksecretsmanager.ServerConfig;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code --localstack} / {@code MSM_LOCALSTACK_COMPAT=true}: LocalStack's defaults, settings and "Ready." line. */
class LocalStackModeTest {

    @Test
    void localStackDefaultsApplyOnlyInTheMode() {
        ServerConfig plain = CommandLine.parse(new String[0], Map.of("DEFAULT_REGION", "eu-west-1"))
                .config();
        assertThat(plain.port()).isEqualTo(Main.DEFAULT_PORT);
        assertThat(plain.region()).isEqualTo(ServerConfig.DEFAULT_REGION);

        ServerConfig byOption =
                CommandLine.parse(new String[] {"--localstack"}, Map.of()).config();
        assertThat(byOption.port()).isEqualTo(4566);
        assertThat(byOption.accountId()).isEqualTo("000000000000");
        assertThat(byOption.region()).isEqualTo("us-east-1");

        ServerConfig byVariable = CommandLine.parse(
                        new String[0],
                        Map.of(
                                "MSM_LOCALSTACK_COMPAT", "true",
                                "AWS_DEFAULT_REGION", "ap-south-1",
                                "DEFAULT_REGION", "eu-west-1",
                                "AWS_ACCESS_KEY_ID", "111122223333"))
                .config();
        assertThat(byVariable.port()).isEqualTo(4566);
        assertThat(byVariable.region()).isEqualTo("eu-west-1");
        assertThat(byVariable.accountId()).isEqualTo("111122223333");
    }

    @Test
    void msmSettingsAndOptionsStillWin() {
        ServerConfig config = CommandLine.parse(
                        new String[] {"--localstack", "--port", "0"},
                        Map.of(
                                "DEFAULT_REGION", "eu-west-1",
                                "MSM_REGION", "us-west-2",
                                "MSM_ACCOUNT_ID", "444455556666",
                                "AWS_ACCESS_KEY_ID", "test"))
                .config();
        assertThat(config.port()).isZero();
        assertThat(config.region()).isEqualTo("us-west-2");
        assertThat(config.accountId()).isEqualTo("444455556666");
    }

    @Test
    void otherServicesOnlyWarn() {
        assertThat(CommandLine.parse(new String[] {"--localstack"}, Map.of("SERVICES", "secretsmanager,s3, SQS"))
                        .warnings())
                .containsExactly("SERVICES names s3, sqs: this server emulates only secretsmanager,"
                        + " requests to other services fail");
        assertThat(CommandLine.parse(new String[] {"--localstack"}, Map.of("SERVICES", "secretsmanager"))
                        .warnings())
                .isEmpty();
    }

    @Test
    void printsReadyAndAnswersLocalStacksHealthCheck() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Main.Launch launch = Main.launch(
                new String[] {"--port", "0"},
                Map.of("MSM_LOCALSTACK_COMPAT", "true"),
                new PrintStream(out, true),
                new PrintStream(new ByteArrayOutputStream(), true));
        try {
            assertThat(launch.exitCode()).isZero();
            assertThat(out.toString(StandardCharsets.UTF_8).lines())
                    .anyMatch(line -> line.startsWith("Mock Secrets Manager listening on"))
                    .endsWith("Ready.");
            HttpResponse<String> health = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(launch.server().endpoint().resolve("/_localstack/health"))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(health.body()).contains("\"secretsmanager\":\"available\"");
        } finally {
            launch.server().stop();
        }
    }

    @Test
    void withoutTheModeThereIsNoReadyLine() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Main.Launch launch = Main.launch(
                new String[] {"--port", "0"},
                Map.of(),
                new PrintStream(out, true),
                new PrintStream(new ByteArrayOutputStream(), true));
        try {
            assertThat(out.toString(StandardCharsets.UTF_8)).doesNotContain("Ready.");
        } finally {
            launch.server().stop();
        }
    }
}
