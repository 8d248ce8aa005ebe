package io.github.mocksecretsmanager;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mocksecretsmanager.testsupport.ExternalTool;
import java.lang.ref.WeakReference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * XNIO greets once per JVM, from a class initialiser, and surefire runs every test class in one JVM
 * (with jboss-logging sent to SLF4J): the servers here start in JVMs of their own, with jboss-logging
 * choosing its backend as in a user's build. java.util.logging prints to standard error.
 */
class StartupGreetingsTest {

    private static final String XNIO_GREETING = "XNIO version 3.";
    private static final String XNIO_NIO_GREETING = "XNIO NIO Implementation Version 3.";
    private static final String JBOSS_THREADS_GREETING = "JBoss Threads version 3.";

    @Test
    void theGreetingsStayQuietAndWarningsStillShow() {
        ExternalTool.Result run = startServerInNewJvm(List.of(), List.of());

        assertThat(run.stderr())
                .as(run.describe())
                .doesNotContain(XNIO_GREETING, XNIO_NIO_GREETING, JBOSS_THREADS_GREETING)
                .contains(QuietStartMain.WARNING_AFTER_START);
        // Checked after a garbage collection: levels on loggers that were collected would be lost.
        assertThat(run.stdout()).as(run.describe()).contains("org.xnio=WARNING", "org.jboss.threads=WARNING");
    }

    @Test
    void aLevelSetByCodeIsKept() {
        ExternalTool.Result run = startServerInNewJvm(List.of(), List.of("xnio-at-info"));

        assertThat(run.stderr()).as(run.describe()).contains("INFO: " + XNIO_GREETING, "INFO: " + XNIO_NIO_GREETING);
        assertThat(run.stdout()).as(run.describe()).contains("org.xnio=INFO");
    }

    @Test
    void aLevelFromLoggingPropertiesIsKept(@TempDir Path dir) throws Exception {
        Path properties = Files.writeString(
                dir.resolve("logging.properties"),
                "handlers=java.util.logging.ConsoleHandler\n.level=INFO\norg.xnio.level=INFO\n");

        ExternalTool.Result run =
                startServerInNewJvm(List.of("-Djava.util.logging.config.file=" + properties), List.of());

        assertThat(run.stderr()).as(run.describe()).contains("INFO: " + XNIO_GREETING, "INFO: " + XNIO_NIO_GREETING);
        assertThat(run.stdout()).as(run.describe()).contains("org.xnio=INFO");
    }

    /** JBoss Threads greets by default only before 3.9.2; a user who asks for the greeting gets it. */
    @Test
    void jbossThreadsGreetsWhenAskedTo() {
        ExternalTool.Result run = startServerInNewJvm(List.of("-Djboss.log-version=true"), List.of());

        assertThat(run.stderr()).as(run.describe()).contains("INFO: " + JBOSS_THREADS_GREETING);
        assertThat(run.stderr()).as(run.describe()).doesNotContain(XNIO_GREETING);
        assertThat(run.stdout()).as(run.describe()).contains("org.jboss.threads=null");
    }

    /** Another backend has its own configuration, which stays the user's: java.util.logging is not touched. */
    @Test
    void anotherJbossLoggingBackendIsLeftAlone() {
        ExternalTool.Result run = startServerInNewJvm(List.of("-Dorg.jboss.logging.provider=slf4j"), List.of());

        assertThat(run.stdout())
                .as(run.describe())
                .contains("INFO org.xnio - " + XNIO_GREETING)
                .contains("org.xnio=null", "org.jboss.threads=null");
    }

    @Test
    void aRaisedLoggerKeepsItsLevelThroughGarbageCollection() {
        String name = uniqueLoggerName();

        StartupGreetings.raiseUnlessConfigured(name);
        collectGarbage();

        assertThat(Logger.getLogger(name).getLevel()).isEqualTo(Level.WARNING);
    }

    @Test
    void aConfiguredLevelIsNotRaised() {
        Logger configured = Logger.getLogger(uniqueLoggerName());
        configured.setLevel(Level.FINE);

        StartupGreetings.raiseUnlessConfigured(configured.getName());

        assertThat(configured.getLevel()).isEqualTo(Level.FINE);
    }

    /**
     * Runs {@link QuietStartMain} on this test's classpath. slf4j-simple (the server's own logging here)
     * writes to standard output, leaving standard error to java.util.logging, and keeps out of the log
     * file of the other tests.
     */
    private static ExternalTool.Result startServerInNewJvm(List<String> jvmOptions, List<String> arguments) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Dorg.slf4j.simpleLogger.logFile=System.out");
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), QuietStartMain.class.getName()));
        command.addAll(arguments);
        ExternalTool.Result run = ExternalTool.run(command, Map.of(), Duration.ofSeconds(60));
        assertThat(run.succeeded()).as(run.describe()).isTrue();
        assertThat(run.stdout()).as(run.describe()).contains("started http://");
        return run;
    }

    private static String uniqueLoggerName() {
        return StartupGreetingsTest.class.getName() + "." + UUID.randomUUID();
    }

    /** Until an object only weakly referenced is collected, as a logger only java.util.logging holds would be. */
    private static void collectGarbage() {
        WeakReference<Object> canary = new WeakReference<>(new Object());
        for (int attempt = 0; attempt < 20 && canary.get() != null; attempt++) {
            System.gc();
        }
        assertThat(canary.get()).as("a garbage collection").isNull();
    }
}
