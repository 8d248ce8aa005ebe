package io.github.mocksecretsmanager.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * On JDK 24 and later, a library calling {@code sun.misc.Unsafe}'s memory-access methods makes the
 * JVM print a warning on standard error (JEP 471; a later JDK turns the calls into errors). The server
 * started on a newer JDK, serving requests, must print none: jboss-threads 3.7.0 (Undertow's) did, and
 * is pinned to 3.9.x in the root pom. Runs the server on {@code msm.jdk25.home} (default
 * {@code /usr/lib/jvm/temurin-25-jdk-amd64}, or {@code JAVA25_HOME}); skips without it, unless
 * {@code -Dmsm.requireTools=true}.
 */
class StartsWithoutUnsafeWarningsTest {

    private static final Pattern LISTENING = Pattern.compile("listening on (http://\\S+)");

    private static Path newerJdk() {
        String configured = System.getProperty("msm.jdk25.home", System.getenv("JAVA25_HOME"));
        Path home = Path.of(configured == null ? "/usr/lib/jvm/temurin-25-jdk-amd64" : configured);
        Path java = home.resolve("bin").resolve("java");
        if (!Files.isExecutable(java)) {
            String reason = "no JDK 25 at " + home + " (set -Dmsm.jdk25.home or JAVA25_HOME)";
            if (Boolean.parseBoolean(
                    System.getProperty("msm.requireTools", "false").trim())) {
                throw new IllegalStateException(reason + "; required by -Dmsm.requireTools=true");
            }
            Assumptions.abort("Skipping: " + reason + ". Run with -Dmsm.requireTools=true to make this a failure.");
        }
        return java;
    }

    @Test
    void noSunMiscUnsafeWarningOnJdk25(@TempDir Path dir) throws Exception {
        Path java = newerJdk();
        Path stderr = dir.resolve("stderr.txt");
        Process server = new ProcessBuilder(List.of(
                        java.toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        Main.class.getName(),
                        "--port",
                        "0"))
                .redirectError(stderr.toFile())
                .start();
        try {
            URI endpoint = null;
            BufferedReader out =
                    new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
            while (endpoint == null) {
                String line = out.readLine();
                if (line == null) {
                    break;
                }
                Matcher listening = LISTENING.matcher(line);
                if (listening.find()) {
                    endpoint = URI.create(listening.group(1));
                }
            }
            assertThat(endpoint)
                    .as("the server's endpoint line; stderr: %s", read(stderr))
                    .isNotNull();
            // A request on the worker threads too, where jboss-threads' executors run.
            HttpResponse<String> created = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(endpoint)
                                    .header("Content-Type", "application/x-amz-json-1.1")
                                    .header("X-Amz-Target", "secretsmanager.CreateSecret")
                                    .POST(HttpRequest.BodyPublishers.ofString(
                                            "{\"Name\":\"n\",\"SecretString\":\"v\"}"))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            // Any AWS-shaped answer will do (an unsigned request may get a 4xx): the request was served.
            assertThat(created.statusCode()).as(created.body()).isBetween(200, 499);
            assertThat(created.body()).isNotEmpty();
        } finally {
            server.destroy();
            server.waitFor(10, TimeUnit.SECONDS);
            server.destroyForcibly();
        }
        assertThat(read(stderr)).doesNotContain("sun.misc.Unsafe").doesNotContain("WARNING: A terminally deprecated");
    }

    private static String read(Path file) throws Exception {
        return new File(file.toString()).exists() ? Files.readString(file) : "";
    }
}
