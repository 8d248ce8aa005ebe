package io.github.mocksecretsmanager.bench;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectPackage;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * Runs every test class of a package in this JVM and times each class from its start to its end
 * (so the extension's beforeAll/afterAll, i.e. server start and stop, are included). Classes named
 * {@code WithExtension*} use the extension, {@code Plain*} do not; the overhead is the difference of
 * the median durations. Prints {@code name=value} lines.
 */
public final class ExtensionOverhead {

    private ExtensionOverhead() {}

    public static void main(String[] args) {
        Map<String, Long> started = new ConcurrentHashMap<>();
        List<Long> with = new ArrayList<>();
        List<Long> plain = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        TestExecutionListener timer = new TestExecutionListener() {
            @Override
            public void executionStarted(TestIdentifier id) {
                if (isClass(id)) {
                    started.put(id.getUniqueId(), System.nanoTime());
                }
            }

            @Override
            public void executionFinished(TestIdentifier id, TestExecutionResult result) {
                if (result.getStatus() != TestExecutionResult.Status.SUCCESSFUL) {
                    failures.add(id.getDisplayName() + ": " + result.getThrowable().map(Throwable::toString).orElse("?"));
                }
                if (isClass(id)) {
                    long micros = (System.nanoTime() - started.get(id.getUniqueId())) / 1_000;
                    String name = ((ClassSource) id.getSource().orElseThrow()).getClassName();
                    (name.contains(".WithExtension") ? with : plain).add(micros);
                }
            }
        };
        LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
                .selectors(selectPackage(args[0]))
                .build();
        Launcher launcher = LauncherFactory.create();
        launcher.execute(request, timer);
        if (!failures.isEmpty() || with.isEmpty()) {
            System.err.println("extension overhead: " + failures.size() + " failures, " + with.size()
                    + " classes with the extension; first failure: " + (failures.isEmpty() ? "-" : failures.get(0)));
            System.exit(1);
        }
        double withMedian = median(with) / 1000.0;
        double plainMedian = median(plain) / 1000.0;
        System.out.printf(Locale.ROOT, "extension_classes=%d%n", with.size());
        System.out.printf(Locale.ROOT, "extension_class_median_ms=%.2f%n", withMedian);
        System.out.printf(Locale.ROOT, "plain_class_median_ms=%.2f%n", plainMedian);
        System.out.printf(Locale.ROOT, "extension_overhead_ms=%.2f%n", withMedian - plainMedian);
    }

    private static boolean isClass(TestIdentifier id) {
        return id.getSource().filter(ClassSource.class::isInstance).isPresent() && id.isContainer();
    }

    private static double median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        sorted.sort(null);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
    }
}
