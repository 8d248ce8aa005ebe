package io.github.mocksecretsmanager.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mocksecretsmanager.MockSecretsManagerServer;
import io.github.mocksecretsmanager.ServerConfig;
import io.github.mocksecretsmanager.junit.MockSecretsManagerExtension;
import io.github.mocksecretsmanager.junit.ResetMode;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

/** docs/junit5.md, "Programmatic registration". */
// tag::programmatic[]
class ProgrammaticRegistrationTest {
    static Clock clock = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);

    @RegisterExtension
    static MockSecretsManagerExtension secretsManager = MockSecretsManagerExtension.builder()
            .region("eu-west-1")
            .seed("db/creds", "{\"user\":\"app\"}")
            .seedFile("secrets/seeds.json")
            .serverConfig(ServerConfig.builder().clock(clock).versionLimit(100).build())
            .reset(ResetMode.NEVER)
            .build();

    @Test
    void rotates(SecretsManagerClient client) {
        client.putSecretValue(r -> r.secretId("api/key").secretString("rotated"));

        assertThat(client.getSecretValue(r -> r.secretId("api/key")).secretString())
                .isEqualTo("rotated");
    }
    // end::programmatic[]

    @Test
    void keepsWhatWasSetBeforeServerConfig(MockSecretsManagerServer server) {
        assertThat(server.region()).isEqualTo("eu-west-1");
        assertThat(server.secret("db/creds")).isPresent();
        assertThat(server.config().versionLimit()).isEqualTo(100);
        assertThat(server.config().clock()).isSameAs(clock);
    }
    // tag::programmatic[]
}
// end::programmatic[]
