package io.github.mocksecretsmanager.standalone;

import io.github.mocksecretsmanager.ServerConfig;
import java.util.Map;

/** Parses the standalone server's options and environment into a {@link ServerConfig}. */
final class CommandLine {

    private final ServerConfig.Builder builder = ServerConfig.builder().port(Main.DEFAULT_PORT);
    private boolean helpRequested;

    private CommandLine() {}

    static CommandLine parse(String[] args, Map<String, String> env) {
        CommandLine commandLine = new CommandLine();
        commandLine.apply("--port", env.get("MSM_PORT"));
        commandLine.apply("--host", env.get("MSM_HOST"));
        commandLine.apply("--region", env.get("MSM_REGION"));
        commandLine.apply("--account-id", env.get("MSM_ACCOUNT_ID"));
        commandLine.apply("--version-limit", env.get("MSM_VERSION_LIMIT"));
        commandLine.requireSignatures(env.get("MSM_ACCESS_KEY_ID"), env.get("MSM_SECRET_ACCESS_KEY"));
        String seeds = env.get(SeedSecretsVariable.NAME);
        if (seeds != null && !seeds.isBlank()) {
            SeedSecretsVariable.parse(seeds).forEach(commandLine.builder::seed);
        }
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--help") || arg.equals("-h")) {
                commandLine.helpRequested = true;
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
        return commandLine;
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

    boolean helpRequested() {
        return helpRequested;
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
