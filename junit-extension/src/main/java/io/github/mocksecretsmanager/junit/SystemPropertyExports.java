package io.github.mocksecretsmanager.junit;

import io.github.mocksecretsmanager.Credentials;
import io.github.mocksecretsmanager.MockSecretsManagerServer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The JVM system properties that send SDK clients built without an endpoint to a server. One
 * instance per test run (kept in the root {@code ExtensionContext.Store}): it remembers the values
 * from before the first export, keeps the most recent live export applied, and puts the originals
 * back when the last one ends, so nested exports unwind correctly.
 */
final class SystemPropertyExports {

    static final String ENDPOINT = "aws.endpointUrlSecretsManager";
    static final String REGION = "aws.region";
    static final String ACCESS_KEY_ID = "aws.accessKeyId";
    static final String SECRET_ACCESS_KEY = "aws.secretAccessKey";
    /** Cleared while exported: a leftover session token would be sent with the dummy keys. */
    static final String SESSION_TOKEN = "aws.sessionToken";

    static final List<String> NAMES = List.of(ENDPOINT, REGION, ACCESS_KEY_ID, SECRET_ACCESS_KEY, SESSION_TOKEN);

    private static final Logger LOG = LoggerFactory.getLogger(MockSecretsManagerExtension.class);

    private final List<Export> live = new ArrayList<>();
    private Map<String, String> originals = Map.of();

    /** Points the system properties at {@code server} until the returned export is restored. */
    synchronized Export export(MockSecretsManagerServer server, String owner) {
        if (live.isEmpty()) {
            originals = current();
        } else if (!live.get(live.size() - 1).isEnclosing(owner)) {
            LOG.warn(
                    "{} exports Secrets Manager system properties while {} still has them: system properties are"
                            + " JVM-wide, so code building its own client in either class now reaches {}",
                    owner,
                    live.get(live.size() - 1).owner,
                    server.endpoint());
        }
        Export export = new Export(values(server), owner);
        live.add(export);
        apply(export.values);
        return export;
    }

    private synchronized void restore(Export export) {
        boolean wasApplied = live.get(live.size() - 1) == export;
        live.remove(export);
        if (live.isEmpty()) {
            apply(originals);
        } else if (wasApplied) {
            apply(live.get(live.size() - 1).values);
        }
    }

    private static Map<String, String> values(MockSecretsManagerServer server) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put(ENDPOINT, server.endpoint().toString());
        values.put(REGION, server.region());
        Credentials keys = MockSecretsManagerExtension.clientCredentials(server);
        values.put(ACCESS_KEY_ID, keys.accessKeyId());
        values.put(SECRET_ACCESS_KEY, keys.secretAccessKey());
        values.put(SESSION_TOKEN, null);
        return values;
    }

    private static Map<String, String> current() {
        Map<String, String> values = new LinkedHashMap<>();
        NAMES.forEach(name -> values.put(name, System.getProperty(name)));
        return values;
    }

    private static void apply(Map<String, String> values) {
        values.forEach((name, value) -> {
            if (value == null) {
                System.clearProperty(name);
            } else {
                System.setProperty(name, value);
            }
        });
    }

    /** One class's export; {@link #restore()} ends it. */
    final class Export {
        private final Map<String, String> values;
        private final String owner;
        private boolean restored;

        private Export(Map<String, String> values, String owner) {
            this.values = values;
            this.owner = owner;
        }

        private boolean isEnclosing(String other) {
            return other.startsWith(owner);
        }

        void restore() {
            synchronized (SystemPropertyExports.this) {
                if (!restored) {
                    restored = true;
                    SystemPropertyExports.this.restore(this);
                }
            }
        }
    }
}
