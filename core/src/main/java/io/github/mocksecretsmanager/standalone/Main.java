package io.github.mocksecretsmanager.standalone;

import io.github.mocksecretsmanager.MockSecretsManagerServer;
import io.github.mocksecretsmanager.ServerConfig;
import java.io.PrintStream;
import java.util.Map;

/**
 * Runs the emulator from the command line until SIGTERM or Ctrl-C.
 *
 * <p>Options override environment variables, which override the defaults; see {@link #usage}.
 */
public final class Main {

    static final int DEFAULT_PORT = 4584;

    private Main() {}

    public static void main(String[] args) {
        // Route Undertow's and XNIO's logging to SLF4J before any of their classes load.
        System.setProperty("org.jboss.logging.provider", "slf4j");
        int exit = run(args, System.getenv(), System.out, System.err);
        if (exit != 0) {
            System.exit(exit);
        }
    }

    /** Starts the server and returns 0, or prints a message and returns a non-zero exit code. */
    static int run(String[] args, Map<String, String> env, PrintStream out, PrintStream err) {
        ServerConfig config;
        try {
            CommandLine commandLine = CommandLine.parse(args, env);
            if (commandLine.helpRequested()) {
                out.print(usage());
                return 0;
            }
            config = commandLine.config();
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            err.print(usage());
            return 2;
        }
        MockSecretsManagerServer server;
        try {
            server = MockSecretsManagerServer.start(config);
        } catch (IllegalStateException e) {
            err.println("error: " + e.getMessage());
            return 1;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "mock-secrets-manager-shutdown"));
        out.println("Mock Secrets Manager listening on " + server.endpoint()
                + " (region " + server.region() + ", account " + server.accountId() + ")");
        out.flush();
        return 0;
    }

    static String usage() {
        return String.join(System.lineSeparator(),
                "Usage: java -jar mock-secrets-manager-core-<version>-standalone.jar [options]",
                "",
                "  --port N          port to listen on, 0 for a free one (env MSM_PORT, default " + DEFAULT_PORT + ")",
                "  --host ADDRESS    address to bind (env MSM_HOST, default " + ServerConfig.DEFAULT_HOST + ")",
                "  --region NAME     region in ARNs (env MSM_REGION, default " + ServerConfig.DEFAULT_REGION + ")",
                "  --account-id ID   12-digit account id in ARNs (env MSM_ACCOUNT_ID, default "
                        + ServerConfig.DEFAULT_ACCOUNT_ID + ")",
                "  --version-limit N most versions per secret, 0 for no limit (env MSM_VERSION_LIMIT, default 0)",
                "  --help            print this help",
                "",
                "GET /__admin/health answers 200 once the server is ready.",
                "");
    }
}
