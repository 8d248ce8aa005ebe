package io.github.mocksecretsmanager.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mocksecretsmanager.MockSecretsManagerServer;
import io.github.mocksecretsmanager.SeedFile;
import io.github.mocksecretsmanager.SeedSecret;
import io.github.mocksecretsmanager.ServerConfig;
import io.github.mocksecretsmanager.model.SecretValue;
import io.github.mocksecretsmanager.model.SecretVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** docs/embedded.md, "Seed secrets": a seed file for the embedded server, and SeedFile in your own code. */
class SeedFileDocsTest {

    @Test
    void serverConfigReadsASeedFile() {
        // tag::server-config[]
        ServerConfig config = ServerConfig.builder()
                .seedFile(Path.of("src/test/resources/secrets/seeds.json")) // read now: a bad file throws here
                .seed("db/creds", "{\"user\":\"app\"}") // after the file's secrets
                .build(); // a name seeded twice throws here

        try (MockSecretsManagerServer server = MockSecretsManagerServer.start(config)) {
            SecretVersion current =
                    server.secret("app/config").orElseThrow().current().orElseThrow();
            assertThat(current.value().string()).isEqualTo("{\"user\":\"app\",\"port\":5432}"); // JSON as its text
        }
        // end::server-config[]
        assertThat(config.seeds())
                .extracting(SeedSecret::name)
                .containsExactly("api/key", "app/config", "tls/cert", "db/creds");
    }

    @Test
    void seedFileReadsAndParses() throws IOException {
        // tag::seed-file[]
        // A file, named in messages by its path as given
        List<SeedSecret> fromFile = SeedFile.read(Path.of("src/test/resources/secrets/seeds.json"));

        // A classpath resource; the stream is not closed for you
        List<SeedSecret> fromResource;
        try (InputStream in = SeedFileDocsTest.class.getResourceAsStream("/secrets/seeds.json")) {
            fromResource = SeedFile.parse(in, "secrets/seeds.json");
        }

        // JSON you already hold, such as an environment variable's
        List<SeedSecret> inline =
                SeedFile.parse("[{\"name\": \"db/creds\", \"value\": {\"user\": \"app\"}}]", "DB_SEEDS");

        ServerConfig config = ServerConfig.builder()
                .seeds(fromResource) // after those already added
                .seeds(inline)
                .build();

        assertThatThrownBy(() -> SeedFile.parse("[{\"name\": \"db/creds\", \"vaule\": \"x\"}]", "DB_SEEDS"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("DB_SEEDS, line 1, column 23: secret \"db/creds\": unknown member \"vaule\"; a secret has"
                        + " \"name\" and exactly one of \"value\" and \"base64\"");
        // end::seed-file[]
        assertThat(fromFile).isEqualTo(fromResource);
        assertThat(config.seeds())
                .extracting(SeedSecret::name)
                .containsExactly("api/key", "app/config", "tls/cert", "db/creds");
        assertThat(config.seeds().get(3).value()).isEqualTo(SecretValue.ofString("{\"user\":\"app\"}"));
    }

    /** The message docs/embedded.md quotes. */
    @Test
    void aNameSeededTwiceFailsTheBuild() {
        ServerConfig.Builder builder = ServerConfig.builder()
                .seedFile(Path.of("src/test/resources/secrets/seeds.json"))
                .seed("api/key", "again");

        assertThatThrownBy(builder::build)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the secret \"api/key\" is seeded twice; a name can be seeded only once");
    }
}
