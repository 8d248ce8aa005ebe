package io.github.mocksecretsmanager;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps the INFO lines XNIO and JBoss Threads log when their classes initialise ({@code XNIO version
 * 3.8.16.Final}, {@code XNIO NIO Implementation Version 3.8.16.Final}, {@code JBoss Threads version
 * ...}) out of the output of the tests that embed the server, when they go to java.util.logging and
 * the user has not configured those loggers.
 *
 * <p>jboss-logging, which they log through, picks its backend itself. Only the java.util.logging one
 * is adjusted here: it is the one used without any logging configuration (no Logback, Log4j 2 or
 * JBoss LogManager on the classpath), and the only one whose levels can be changed without taking
 * over the user's configuration. Warnings and errors still show.
 */
final class StartupGreetings {

    /** XNIO's greeting logger; {@code org.xnio.nio}, which greets too, inherits its level. */
    private static final String XNIO = "org.xnio";

    private static final String JBOSS_THREADS = "org.jboss.threads";

    /** Asks JBoss Threads for its greeting, which it logs by default only before 3.9.2. */
    private static final String JBOSS_THREADS_LOG_VERSION = "jboss.log-version";

    /** The class of the loggers jboss-logging hands out when its backend is java.util.logging. */
    private static final String JUL_BACKEND_LOGGER = "org.jboss.logging.JDKLogger";

    /**
     * The loggers whose level was raised. java.util.logging holds loggers weakly: a collected logger
     * would come back without its level.
     */
    private static final List<Logger> RAISED = new ArrayList<>();

    private static boolean done;

    private StartupGreetings() {}

    /** Must run before XNIO's classes initialise, which log the greetings; does its work once. */
    static synchronized void keepQuiet() {
        if (done) {
            return;
        }
        done = true;
        if (jbossLoggingWritesToJul()) {
            raiseUnlessConfigured(XNIO);
            if (!Boolean.getBoolean(JBOSS_THREADS_LOG_VERSION)) {
                raiseUnlessConfigured(JBOSS_THREADS);
            }
        }
    }

    /**
     * Asking jboss-logging for a logger makes it choose its backend as it would for XNIO a moment
     * later, from the same system property, service files and classpath: nothing here changes that
     * choice.
     */
    private static boolean jbossLoggingWritesToJul() {
        return org.jboss.logging.Logger.getLogger(XNIO).getClass().getName().equals(JUL_BACKEND_LOGGER);
    }

    /** A level set in logging.properties or by code is the user's: only a logger without one is raised. */
    static void raiseUnlessConfigured(String name) {
        Logger logger = Logger.getLogger(name);
        if (logger.getLevel() == null) {
            logger.setLevel(Level.WARNING);
            RAISED.add(logger);
        }
    }
}
