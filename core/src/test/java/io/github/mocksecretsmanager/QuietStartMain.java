package io.github.mocksecretsmanager;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Run by {@link StartupGreetingsTest} in a JVM of its own, where XNIO has not greeted yet: starts and
 * stops a server as a user's test would, logs a warning as XNIO would, and prints the levels of the
 * greeting loggers afterwards.
 *
 * <p>Arguments: {@code xnio-at-info} sets {@code org.xnio} to INFO by code before the server starts.
 */
public final class QuietStartMain {

    static final String WARNING_AFTER_START = "a warning from org.xnio after the start";

    /** Held: java.util.logging would drop a logger only this main refers to, and its level with it. */
    private static Logger userConfigured;

    private QuietStartMain() {}

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("xnio-at-info")) {
            userConfigured = Logger.getLogger("org.xnio");
            userConfigured.setLevel(Level.INFO);
        }
        try (MockSecretsManagerServer server = MockSecretsManagerServer.start()) {
            System.out.println("started " + server.endpoint());
            org.jboss.logging.Logger.getLogger("org.xnio").warn(WARNING_AFTER_START);
        }
        System.gc();
        System.out.println("org.xnio=" + Logger.getLogger("org.xnio").getLevel());
        System.out.println(
                "org.jboss.threads=" + Logger.getLogger("org.jboss.threads").getLevel());
    }
}
