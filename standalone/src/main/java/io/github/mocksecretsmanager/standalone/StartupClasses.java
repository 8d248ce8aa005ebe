package io.github.mocksecretsmanager.standalone;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Loads the classes a start needs on a second thread while the main thread starts the server.
 *
 * <p>Started with plain {@code java -jar} (no class-data archive), reading and parsing some 500 classes
 * from the jar is the largest share of the time to the first answer, and the main thread does it one
 * class at a time as it reaches each. Class loaders load in parallel: this thread reads ahead through
 * the list of {@code startup-classes.txt}, so the main thread mostly finds its classes loaded. Classes
 * are only loaded, never initialised (their static initialisers still run on the thread that first uses
 * them, in the order the code asks for), so the start behaves as without it, only sooner.
 */
final class StartupClasses {

    static final String LIST = "startup-classes.txt";

    private StartupClasses() {}

    /** Starts the preloading daemon thread. */
    static void preloadInBackground() {
        Thread thread = new Thread(StartupClasses::preload, "msm-preload");
        thread.setDaemon(true);
        thread.start();
    }

    /** Loads every listed class that exists; returns how many did. */
    static int preload() {
        ClassLoader loader = StartupClasses.class.getClassLoader();
        int loaded = 0;
        for (String name : names()) {
            try {
                Class.forName(name, false, loader);
                loaded++;
            } catch (ClassNotFoundException | LinkageError e) {
                // A class renamed since the list was made: the main thread simply loads what it needs.
            }
        }
        return loaded;
    }

    static List<String> names() {
        List<String> names = new ArrayList<>();
        try (InputStream in = StartupClasses.class.getResourceAsStream(LIST)) {
            if (in == null) {
                return names;
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    names.add(line.trim());
                }
            }
        } catch (IOException e) {
            // No list, no preloading.
        }
        return names;
    }
}
