package io.github.mocksecretsmanager.testsupport;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Finds and runs command-line tools (the aws CLI, Docker, ...) that some tests drive.
 *
 * <p>A test that needs a tool calls {@link #requireOrSkip(String)} first: on a developer machine
 * without the tool the test is skipped; with {@code -Dmsm.requireTools=true} (which CI sets, and
 * which surefire passes on as a system property) it fails instead, so a broken CI image cannot turn
 * those tests into silent skips.
 */
public final class ExternalTool {

    /** The system property that turns "tool absent" from a skip into a failure. */
    public static final String REQUIRE_TOOLS_PROPERTY = "msm.requireTools";

    private static final Duration DRAIN_GRACE = Duration.ofSeconds(5);

    private ExternalTool() {}

    /** What a finished process printed, and how it exited. */
    public record Result(int exitCode, String stdout, String stderr) {

        public boolean succeeded() {
            return exitCode == 0;
        }

        /** A description for assertion messages. */
        public String describe() {
            return "exit code " + exitCode + "\n--- stdout ---\n" + stdout + "\n--- stderr ---\n" + stderr;
        }
    }

    /** Whether absent tools fail tests instead of skipping them ({@code -Dmsm.requireTools=true}). */
    public static boolean toolsRequired() {
        return Boolean.parseBoolean(
                System.getProperty(REQUIRE_TOOLS_PROPERTY, "false").trim());
    }

    /** The executable called {@code tool} in the first {@code PATH} directory that has one. */
    public static Optional<Path> find(String tool) {
        String path = System.getenv("PATH");
        if (tool.isEmpty() || path == null || path.isEmpty()) {
            return Optional.empty();
        }
        for (String dir : path.split(File.pathSeparator)) {
            if (dir.isEmpty()) {
                continue;
            }
            for (String candidate : candidateNames(tool)) {
                try {
                    Path file = Path.of(dir, candidate);
                    if (Files.isRegularFile(file) && Files.isExecutable(file)) {
                        return Optional.of(file.toAbsolutePath());
                    }
                } catch (InvalidPathException e) {
                    // A malformed PATH entry: ignore it, as a shell would.
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The path of {@code tool}. When it is not on {@code PATH} the calling test is skipped, or, under
     * {@code -Dmsm.requireTools=true}, fails.
     */
    public static Path requireOrSkip(String tool) {
        Optional<Path> found = find(tool);
        if (found.isPresent()) {
            return found.get();
        }
        if (toolsRequired()) {
            return fail(tool + " CLI not found on PATH, but it is required: -D" + REQUIRE_TOOLS_PROPERTY
                    + "=true is set (as in CI), so tests needing it fail instead of skipping."
                    + " Install it or put it on PATH. PATH=" + System.getenv("PATH"));
        }
        return Assumptions.abort(tool + " CLI not found on PATH; skipping this test" + " (install it, or run with -D"
                + REQUIRE_TOOLS_PROPERTY + "=true to make its absence a failure)");
    }

    /**
     * Skips the calling test because {@code reason} (a client, or something it needs, is missing), or,
     * under {@code -Dmsm.requireTools=true}, fails it with that reason.
     */
    public static <T> T unavailable(String reason) {
        if (toolsRequired()) {
            return fail(reason + "\nIt is required: -D" + REQUIRE_TOOLS_PROPERTY
                    + "=true is set (as in CI), so tests needing it fail instead of skipping.");
        }
        return Assumptions.abort(reason + "\nSkipping this test (run with -D" + REQUIRE_TOOLS_PROPERTY
                + "=true to make this a failure).");
    }

    /** Runs {@code command} in the current directory; see {@link #run(List, Map, Path, Duration)}. */
    public static Result run(List<String> command, Map<String, String> env, Duration timeout) {
        return run(command, env, null, timeout);
    }

    /**
     * Runs {@code command} to completion, with stdin closed, and returns what it printed.
     *
     * @param env changes to the inherited environment: each entry is set, except that an entry whose
     *     value is {@code null} removes that variable (so pass a map that allows nulls, such as a
     *     {@link java.util.HashMap})
     * @param workingDirectory the process's working directory, or {@code null} for the current one
     * @param timeout how long to wait; past it the process (and its descendants) is destroyed and the
     *     test fails with whatever it had printed so far
     */
    public static Result run(List<String> command, Map<String, String> env, Path workingDirectory, Duration timeout) {
        ProcessBuilder builder = new ProcessBuilder(command);
        env.forEach((name, value) -> {
            if (value == null) {
                builder.environment().remove(name);
            } else {
                builder.environment().put(name, value);
            }
        });
        if (workingDirectory != null) {
            builder.directory(workingDirectory.toFile());
        }
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            return fail("Could not start " + command + ": " + e, e);
        }
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        ByteArrayOutputStream stderr = new ByteArrayOutputStream();
        Thread outDrainer = drain(process.getInputStream(), stdout, command + " stdout");
        Thread errDrainer = drain(process.getErrorStream(), stderr, command + " stderr");
        try {
            process.getOutputStream().close();
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                destroy(process);
                join(outDrainer);
                join(errDrainer);
                fail("Timed out after " + timeout + " running " + command + "; the process was destroyed."
                        + "\n--- stdout so far ---\n" + text(stdout) + "\n--- stderr so far ---\n" + text(stderr));
            }
            join(outDrainer);
            join(errDrainer);
            return new Result(process.exitValue(), text(stdout), text(stderr));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            destroy(process);
            return fail("Interrupted while running " + command, e);
        } catch (IOException e) {
            destroy(process);
            return fail("Could not close the stdin of " + command + ": " + e, e);
        }
    }

    private static List<String> candidateNames(String tool) {
        List<String> names = new ArrayList<>();
        names.add(tool);
        if (System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows")) {
            String extensions = System.getenv().getOrDefault("PATHEXT", ".COM;.EXE;.BAT;.CMD");
            for (String extension : extensions.split(";")) {
                if (!extension.isEmpty()) {
                    names.add(tool + extension.toLowerCase(Locale.ROOT));
                }
            }
        }
        return names;
    }

    private static Thread drain(InputStream in, OutputStream sink, String name) {
        Thread thread = new Thread(
                () -> {
                    byte[] buffer = new byte[8192];
                    try (in) {
                        int read;
                        while ((read = in.read(buffer)) != -1) {
                            // ByteArrayOutputStream is synchronized, so a timeout can read it mid-way.
                            sink.write(buffer, 0, read);
                        }
                    } catch (IOException e) {
                        // The process was destroyed, or its pipe closed: keep what was read.
                    }
                },
                "drain " + name);
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    private static void join(Thread drainer) throws InterruptedException {
        // A descendant that inherited the pipe can keep it open after the process exits; don't hang on it.
        drainer.join(DRAIN_GRACE.toMillis());
    }

    private static void destroy(Process process) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        try {
            process.waitFor(DRAIN_GRACE.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String text(ByteArrayOutputStream bytes) {
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
