package io.github.mocksecretsmanager.standalone;

import io.github.mocksecretsmanager.SeedFile;
import io.github.mocksecretsmanager.SeedSecret;
import io.github.mocksecretsmanager.ServerConfig;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Parses the standalone server's options and environment into a {@link ServerConfig}. */
final class CommandLine {

    static final String SEED_FILE_VARIABLE = "MSM_SEED_FILE";
    static final String SEEDS_VARIABLE = "MSM_SEEDS";
    static final String SEED_FILE_OPTION = "--seed-file";
    static final String ROTATION_WEBHOOKS_VARIABLE = "MSM_ROTATION_WEBHOOKS";
    static final String ROTATION_WEBHOOK_OPTION = "--rotation-webhook";
    static final String ROTATION_FUNCTIONS_REQUIRED_VARIABLE = "MSM_ROTATION_FUNCTIONS_REQUIRED";
    static final String ROTATION_FUNCTIONS_REQUIRED_OPTION = "--rotation-functions-required";
    static final String LOCALSTACK_VARIABLE = "MSM_LOCALSTACK_COMPAT";
    static final String LOCALSTACK_OPTION = "--localstack";
    /** LocalStack's edge port and account id, the defaults of {@value #LOCALSTACK_OPTION}. */
    static final int LOCALSTACK_PORT = 4566;

    static final String LOCALSTACK_ACCOUNT_ID = "000000000000";

    private final ServerConfig.Builder builder = ServerConfig.builder().port(Main.DEFAULT_PORT);
    private final List<String> warnings = new ArrayList<>();
    /** Which setting seeded each name, to say where a name seeded twice comes from. */
    private final Map<String, String> seededBy = new HashMap<>();

    private boolean helpRequested;
    private boolean localStack;
    private @Nullable Path seedFile;
    private String seedFileSetting = SEED_FILE_VARIABLE;

    private CommandLine() {}

    static CommandLine parse(String[] args, Map<String, String> env) {
        CommandLine commandLine = new CommandLine();
        commandLine.localStack = List.of(args).contains(LOCALSTACK_OPTION)
                || "true"
                        .equalsIgnoreCase(
                                String.valueOf(env.get(LOCALSTACK_VARIABLE)).trim());
        if (commandLine.localStack) {
            commandLine.localStackDefaults(env);
        }
        commandLine.apply("--port", env.get("MSM_PORT"));
        commandLine.apply("--host", env.get("MSM_HOST"));
        commandLine.apply("--region", env.get("MSM_REGION"));
        commandLine.apply("--account-id", env.get("MSM_ACCOUNT_ID"));
        commandLine.apply("--version-limit", env.get("MSM_VERSION_LIMIT"));
        commandLine.apply("--journal-size", env.get("MSM_JOURNAL_SIZE"));
        commandLine.apply("--read-timeout-ms", env.get("MSM_READ_TIMEOUT_MS"));
        commandLine.apply("--idle-timeout-ms", env.get("MSM_IDLE_TIMEOUT_MS"));
        commandLine.apply("--max-connections", env.get("MSM_MAX_CONNECTIONS"));
        commandLine.requireSignatures(env.get("MSM_ACCESS_KEY_ID"), env.get("MSM_SECRET_ACCESS_KEY"));
        commandLine.rotationWebhooks(env.get(ROTATION_WEBHOOKS_VARIABLE));
        String required = env.get(ROTATION_FUNCTIONS_REQUIRED_VARIABLE);
        if (isSet(required)) {
            commandLine.rotationFunctionsRequired(ROTATION_FUNCTIONS_REQUIRED_VARIABLE, required);
        }
        if (isSet(env.get(SEED_FILE_VARIABLE))) {
            commandLine.seedFile = Path.of(env.get(SEED_FILE_VARIABLE));
        }
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--help") || arg.equals("-h")) {
                commandLine.helpRequested = true;
                continue;
            }
            if (arg.equals(LOCALSTACK_OPTION)) {
                continue;
            }
            String value;
            int equals = arg.indexOf('=');
            if (arg.startsWith("--") && equals > 0) {
                value = arg.substring(equals + 1);
                arg = arg.substring(0, equals);
            } else if (i + 1 < args.length) {
                value = args[++i];
            } else {
                throw new IllegalArgumentException("missing value for " + arg);
            }
            commandLine.apply(arg, value);
        }
        if (!commandLine.helpRequested) {
            commandLine.readSeeds(env);
        }
        return commandLine;
    }

    /**
     * LocalStack's defaults and settings, below the {@code MSM_} variables and the options: port
     * 4566, account 000000000000 (or the access key, when it is 12 digits, as LocalStack reads it),
     * the region of {@code DEFAULT_REGION} or {@code AWS_DEFAULT_REGION}. {@code SERVICES} naming
     * other services only gets a warning: their requests fail.
     */
    private void localStackDefaults(Map<String, String> env) {
        builder.port(LOCALSTACK_PORT).accountId(LOCALSTACK_ACCOUNT_ID);
        String accessKey = env.get("AWS_ACCESS_KEY_ID");
        if (accessKey != null && accessKey.trim().matches("\\d{12}")) {
            builder.accountId(accessKey.trim());
        }
        for (String variable : List.of("AWS_DEFAULT_REGION", "DEFAULT_REGION")) {
            apply("--region", isSet(env.get(variable)) ? env.get(variable).trim() : null);
        }
        String services = env.get("SERVICES");
        if (isSet(services)) {
            List<String> others = new ArrayList<>();
            for (String service : services.split(",", -1)) {
                String name = service.trim().toLowerCase(Locale.ROOT);
                if (!name.isEmpty() && !name.equals("secretsmanager")) {
                    others.add(name);
                }
            }
            if (!others.isEmpty()) {
                warnings.add("SERVICES names " + String.join(", ", others)
                        + ": this server emulates only secretsmanager, requests to other services fail");
            }
        }
    }

    boolean localStack() {
        return localStack;
    }

    /** The seed file's secrets first, then those of {@value #SEEDS_VARIABLE}, then the deprecated variable's. */
    private void readSeeds(Map<String, String> env) {
        if (seedFile != null) {
            try {
                addSeeds(seedFileSetting + " " + seedFile, SeedFile.read(seedFile));
            } catch (IllegalArgumentException e) { // names the file, the position and the secret
                throw new IllegalArgumentException(seedFileSetting + ": " + e.getMessage());
            }
        }
        String inline = env.get(SEEDS_VARIABLE);
        if (isSet(inline)) {
            addSeeds(SEEDS_VARIABLE, SeedFile.parse(inline, SEEDS_VARIABLE));
        }
        String deprecated = env.get(SeedSecretsVariable.NAME);
        if (isSet(deprecated)) {
            warnings.add(SeedSecretsVariable.NAME + " is deprecated and will be removed in the next release: give"
                    + " the secrets as a seed file in " + SEED_FILE_VARIABLE + " (a path) or " + SEEDS_VARIABLE
                    + " (the JSON itself), [{\"name\": ..., \"value\": ...}, {\"name\": ..., \"base64\": ...}]");
            addSeeds(SeedSecretsVariable.NAME, SeedSecretsVariable.parse(deprecated));
        }
    }

    private void addSeeds(String setting, List<SeedSecret> seeds) {
        for (SeedSecret seed : seeds) {
            String earlier = seededBy.putIfAbsent(seed.name(), setting);
            if (earlier != null) {
                throw new IllegalArgumentException(
                        "the secret \"" + seed.name() + "\" is seeded twice: by " + earlier + " and by " + setting);
            }
            builder.seed(seed);
        }
    }

    private static boolean isSet(@Nullable String value) {
        return value != null && !value.isBlank();
    }

    /**
     * Keys come only from the environment: a secret key given as an option would show in {@code ps}.
     */
    private void requireSignatures(String accessKeyId, String secretAccessKey) {
        boolean hasId = accessKeyId != null && !accessKeyId.isBlank();
        boolean hasSecret = secretAccessKey != null && !secretAccessKey.isBlank();
        if (hasId != hasSecret) {
            throw new IllegalArgumentException(
                    "MSM_ACCESS_KEY_ID and MSM_SECRET_ACCESS_KEY must be set together to require signed requests");
        }
        if (hasId) {
            builder.credentials(accessKeyId, secretAccessKey);
        }
    }

    /** {@value #ROTATION_WEBHOOKS_VARIABLE}: {@code arn=url} pairs, separated by commas; blank for none. */
    private void rotationWebhooks(@Nullable String pairs) {
        if (!isSet(pairs)) {
            return;
        }
        for (String pair : pairs.split(",", -1)) {
            if (!pair.isBlank()) {
                rotationWebhook(ROTATION_WEBHOOKS_VARIABLE, pair.trim());
            }
        }
    }

    /** One {@code arn=url} pair: the URL starts after the first {@code =} (an ARN has none). */
    private void rotationWebhook(String setting, String pair) {
        int equals = pair.indexOf('=');
        if (equals <= 0 || equals == pair.length() - 1) {
            throw new IllegalArgumentException(setting
                    + " needs lambdaArn=url pairs, such as arn:aws:lambda:us-east-1:123456789012:function:rotate"
                    + "=http://localhost:9000/, not '" + pair + "'");
        }
        String arn = pair.substring(0, equals).trim();
        String url = pair.substring(equals + 1).trim();
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(setting + ": '" + url + "' is not a URL: " + e.getReason());
        }
        try {
            builder.rotationWebhook(arn, uri);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(setting + ": " + e.getMessage());
        }
    }

    private void rotationFunctionsRequired(String setting, String value) {
        switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "true" -> builder.rotationFunctionsRequired(true);
            case "false" -> builder.rotationFunctionsRequired(false);
            default -> throw new IllegalArgumentException(setting + " needs true or false, not '" + value + "'");
        }
    }

    boolean helpRequested() {
        return helpRequested;
    }

    /** Warnings about the settings, such as a deprecated variable; they never quote a value. */
    List<String> warnings() {
        return List.copyOf(warnings);
    }

    ServerConfig config() {
        return builder.build();
    }

    private void apply(String option, String value) {
        if (value == null) {
            return;
        }
        switch (option) {
            case "--port":
                builder.port(number(option, value));
                break;
            case "--host":
                builder.host(value);
                break;
            case "--region":
                builder.region(value);
                break;
            case "--account-id":
                builder.accountId(value);
                break;
            case "--version-limit":
                builder.versionLimit(number(option, value));
                break;
            case "--journal-size":
                builder.journalSize(number(option, value));
                break;
            case "--read-timeout-ms":
                builder.readTimeout(Duration.ofMillis(number(option, value)));
                break;
            case "--idle-timeout-ms":
                builder.idleTimeout(Duration.ofMillis(number(option, value)));
                break;
            case "--max-connections":
                builder.maxConnections(number(option, value));
                break;
            case ROTATION_WEBHOOK_OPTION:
                rotationWebhook(option, value);
                break;
            case ROTATION_FUNCTIONS_REQUIRED_OPTION:
                rotationFunctionsRequired(option, value);
                break;
            case SEED_FILE_OPTION:
                seedFile = Path.of(value);
                seedFileSetting = SEED_FILE_OPTION;
                break;
            default:
                throw new IllegalArgumentException("unknown option " + option);
        }
    }

    private static int number(String option, String value) {
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " needs a number, not '" + value + "'");
        }
    }
}
