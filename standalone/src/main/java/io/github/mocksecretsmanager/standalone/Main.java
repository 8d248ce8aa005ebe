package io.github.mocksecretsmanager.standalone;

import io.github.mocksecretsmanager.MockSecretsManagerServer;
import io.github.mocksecretsmanager.ServerConfig;
import java.io.PrintStream;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the emulator from the command line until SIGTERM or Ctrl-C.
 *
 * <p>Options override environment variables, which override the defaults; see {@link #usage()}.
 */
public final class Main {

    static final int DEFAULT_PORT = 4584;
    /** By name: the class cannot load where {@code java.management} is absent, as in the container image. */
    static final String NO_MBEAN_SERVER = "io.github.mocksecretsmanager.standalone.NoMBeanServer";

    private Main() {}

    public static void main(String[] args) {
        configureLogging(System.getenv("MSM_LOG_LEVEL"));
        turnJmxOff();
        useUsNumberFormatsForEnglish();
        // After configureLogging: jboss-logging picks its provider when its classes initialise, and
        // preloading only loads them.
        StartupClasses.preloadInBackground();
        Launch launch = launch(args, System.getenv(), System.out, System.err);
        if (launch.server() == null) {
            System.exit(launch.exitCode());
        }
        Runtime.getRuntime().addShutdownHook(new Thread(launch.server()::stop, "mock-secrets-manager-shutdown"));
    }

    /** The outcome of {@link #launch}: a running server, or an exit code when there is none. */
    record Launch(int exitCode, MockSecretsManagerServer server) {}

    /** Starts the server and prints its endpoint, or prints why not. */
    static Launch launch(String[] args, Map<String, String> env, PrintStream out, PrintStream err) {
        ServerConfig config;
        boolean localStack;
        try {
            CommandLine commandLine = CommandLine.parse(args, env);
            if (commandLine.helpRequested()) {
                out.print(usage());
                return new Launch(0, null);
            }
            config = commandLine.config();
            localStack = commandLine.localStack();
            // Not a static field: the logger must not exist before configureLogging has run.
            Logger log = LoggerFactory.getLogger(Main.class);
            commandLine.warnings().forEach(log::warn);
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            err.print(usage());
            return new Launch(2, null);
        }
        try {
            MockSecretsManagerServer server = MockSecretsManagerServer.start(config);
            out.println("Mock Secrets Manager listening on " + server.endpoint() + " (region " + server.region()
                    + ", account " + server.accountId() + ")");
            if (localStack) {
                // The line LocalStack prints once it serves requests; LocalStackContainer waits for it.
                out.println("Ready.");
            }
            out.flush();
            return new Launch(0, server);
        } catch (IllegalStateException e) {
            err.println("error: " + e.getMessage());
            return new Launch(1, null);
        }
    }

    /**
     * Sends Undertow's and XNIO's logging through SLF4J (slf4j-simple in this jar) and keeps their
     * start-up banners quiet. Must run before any of their classes load. Explicit {@code -D} settings win.
     */
    static void configureLogging(String level) {
        System.setProperty("org.jboss.logging.provider", "slf4j");
        setIfAbsent("org.slf4j.simpleLogger.defaultLogLevel", level == null ? "info" : level.toLowerCase(Locale.ROOT));
        setIfAbsent("org.slf4j.simpleLogger.log.io.undertow", "warn");
        setIfAbsent("org.slf4j.simpleLogger.log.org.xnio", "warn");
        setIfAbsent("org.slf4j.simpleLogger.log.org.jboss.threads", "warn");
        // Milliseconds since start: a date format would load calendar and locale data, 80 ms of start-up.
        setIfAbsent("org.slf4j.simpleLogger.showDateTime", "true");
    }

    /**
     * XNIO names its threads with {@code String.format("%s I/O-%d", ...)}, and a {@code %d} loads the
     * format locale's number symbols (some 40 locale classes, 20 ms of start-up) unless that locale is
     * {@code Locale.US}. English locales write numbers as US does, so for them this changes no output.
     */
    static void useUsNumberFormatsForEnglish() {
        if (Locale.getDefault(Locale.Category.FORMAT).getLanguage().equals("en")) {
            Locale.setDefault(Locale.Category.FORMAT, Locale.US);
        }
    }

    /** See {@link NoMBeanServer}. An explicit {@code -Djavax.management.builder.initial} wins. */
    static void turnJmxOff() {
        setIfAbsent("javax.management.builder.initial", NO_MBEAN_SERVER);
    }

    private static void setIfAbsent(String property, String value) {
        if (System.getProperty(property) == null) {
            System.setProperty(property, value);
        }
    }

    static String usage() {
        return String.join(
                System.lineSeparator(),
                "Usage: java -jar mock-secrets-manager-standalone.jar [options]",
                "",
                "  --port N          port to listen on, 0 for a free one (env MSM_PORT, default " + DEFAULT_PORT + ")",
                "  --host ADDRESS    address to bind (env MSM_HOST, default " + ServerConfig.DEFAULT_HOST + ")",
                "  --region NAME     region in ARNs (env MSM_REGION, default " + ServerConfig.DEFAULT_REGION + ")",
                "  --account-id ID   12-digit account id in ARNs (env MSM_ACCOUNT_ID, default "
                        + ServerConfig.DEFAULT_ACCOUNT_ID + ")",
                "  --version-limit N most versions per secret, 0 for no limit (env MSM_VERSION_LIMIT, default 0)",
                "  --journal-size N  requests the journal keeps, 0 for none (env MSM_JOURNAL_SIZE, default "
                        + ServerConfig.DEFAULT_JOURNAL_SIZE + ")",
                "  --read-timeout-ms N  ms a request's headers, then its body, may take to arrive before the",
                "                    connection is closed (env MSM_READ_TIMEOUT_MS, default "
                        + ServerConfig.DEFAULT_READ_TIMEOUT.toMillis() + ")",
                "  --idle-timeout-ms N  ms a kept-alive connection may wait for its next request (env",
                "                    MSM_IDLE_TIMEOUT_MS, default " + ServerConfig.DEFAULT_IDLE_TIMEOUT.toMillis()
                        + ")",
                "  --max-connections N  most open connections; more are closed at once (env MSM_MAX_CONNECTIONS,",
                "                    default " + ServerConfig.DEFAULT_MAX_CONNECTIONS + ")",
                "  --seed-file PATH  secrets to create at start and after every reset, from a seed file (env "
                        + CommandLine.SEED_FILE_VARIABLE + ")",
                "  --rotation-webhook ARN=URL  run rotations with this Lambda ARN by POSTing each step's event to",
                "                    URL (2xx: the step succeeded); repeatable (env "
                        + CommandLine.ROTATION_WEBHOOKS_VARIABLE + ", ARN=URL pairs separated by commas)",
                "  --rotation-functions-required true|false  false: RotateSecret with a Lambda ARN that has no webhook",
                "                    only records the rotation, as before (env "
                        + CommandLine.ROTATION_FUNCTIONS_REQUIRED_VARIABLE + ", default true: AccessDeniedException)",
                "  --localstack      LocalStack compatibility (env " + CommandLine.LOCALSTACK_VARIABLE
                        + "=true): port 4566, account 000000000000, region",
                "                    from DEFAULT_REGION or AWS_DEFAULT_REGION, prints Ready. once it serves",
                "  --help            print this help",
                "",
                "Seed file: a UTF-8 JSON array; a \"value\" string is the SecretString, any other JSON \"value\"",
                "  is stored as its JSON text, \"base64\" is the SecretBinary:",
                "  [{\"name\": \"api/key\", \"value\": \"text\"}, {\"name\": \"db/creds\", \"value\": {\"user\": \"app\"}},",
                "   {\"name\": \"tls/key\", \"base64\": \"AAECAw==\"}]",
                "",
                "Environment: " + CommandLine.SEEDS_VARIABLE
                        + ", seed file JSON given inline; its secrets come after the file's.",
                "  MSM_LOG_LEVEL (trace, debug, info, warn, error; default info).",
                "  MSM_ACCESS_KEY_ID and MSM_SECRET_ACCESS_KEY, both set: every request must be signed (SigV4)",
                "  with these keys, and /__admin/* (but health) needs 'Authorization: Bearer <secret access key>';",
                "  unset (the default): any caller is accepted.",
                "  " + SeedSecretsVariable.NAME + " is deprecated (use " + CommandLine.SEED_FILE_VARIABLE + " or "
                        + CommandLine.SEEDS_VARIABLE + "); it still reads",
                "  {\"db/creds\": \"a SecretString\", \"tls/key\": {\"binary\": \"<base64 SecretBinary>\"}} for one release.",
                "GET /__admin/health answers 200 once the server is ready. /__admin/faults adds and removes fault",
                "  rules, /__admin/clock reads and moves the server's clock (docs/faults-and-clock.md),",
                "  /__admin/rotation-functions registers rotation webhooks, /__admin/rotations lists rotations.",
                "");
    }
}
