package io.github.mocksecretsmanager.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** What the tests that run a client in another process (Python, Node.js) share. */
public final class ClientProcesses {

    private ClientProcesses() {}

    /**
     * Environment changes that isolate a client process from the developer's AWS set-up: every
     * inherited {@code AWS_*} variable is removed (a profile, session token, endpoint or CA bundle),
     * dummy credentials and the region are set, and the config and credentials files point at files
     * that do not exist. Values are {@code null} where {@link ExternalTool#run} must remove a variable.
     */
    public static Map<String, String> isolatedAwsEnvironment(Path tempDir, String region) {
        Map<String, String> env = new HashMap<>();
        for (String name : System.getenv().keySet()) {
            if (name.startsWith("AWS_")) {
                env.put(name, null);
            }
        }
        env.put("AWS_ACCESS_KEY_ID", "test");
        env.put("AWS_SECRET_ACCESS_KEY", "test");
        env.put("AWS_REGION", region);
        env.put("AWS_DEFAULT_REGION", region);
        env.put("AWS_CONFIG_FILE", tempDir.resolve("no-such-aws-config").toString());
        env.put(
                "AWS_SHARED_CREDENTIALS_FILE",
                tempDir.resolve("no-such-aws-credentials").toString());
        return env;
    }

    /** Copies a classpath resource of this module (a client script) to {@code target}. */
    public static Path copyResource(String resource, Path target) {
        try (var in = ClientProcesses.class.getResourceAsStream("/" + resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + resource);
            }
            Files.createDirectories(target.getParent());
            Files.write(target, in.readAllBytes());
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Prints which version of a client a test ran (so the CI log shows it) and records it in
     * {@code target/tested-client-versions.txt}, one line per client, the source of the README's
     * client table.
     */
    public static synchronized void recordTestedVersion(String client, String version) {
        String prefix = client + ": ";
        System.out.println("[tested client] " + prefix + version);
        Path file = Path.of("target", "tested-client-versions.txt");
        try {
            List<String> lines = new ArrayList<>();
            if (Files.exists(file)) {
                Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                        .filter(line -> !line.startsWith(prefix))
                        .forEach(lines::add);
            }
            lines.add(prefix + version);
            Files.createDirectories(file.getParent());
            Files.write(file, lines, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
