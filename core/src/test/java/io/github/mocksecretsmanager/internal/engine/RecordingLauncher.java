package io.github.mocksecretsmanager.internal.engine;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * A launcher that runs nothing and records what the engine tells it; {@code onReport} runs, on the
 * engine's thread, each time it is told of a purge or a denied function.
 */
final class RecordingLauncher implements RotationLauncher {

    final List<String> purged = new CopyOnWriteArrayList<>();
    final List<String> denied = new CopyOnWriteArrayList<>();
    private final Invocation invocation;
    private final Consumer<String> onReport;

    RecordingLauncher(Invocation invocation, Consumer<String> onReport) {
        this.invocation = invocation;
        this.onReport = onReport;
    }

    @Override
    public Invocation invocationOf(String lambdaArn) {
        return invocation;
    }

    @Override
    public void invocationDenied(String lambdaArn) {
        denied.add(lambdaArn);
        onReport.accept(lambdaArn);
    }

    @Override
    public void launch(RotationStart start) {}

    @Override
    public void launchFailed(RotationStart start, AwsException reason) {}

    @Override
    public void cancel(String secretArn) {}

    @Override
    public boolean acceptsRotationToken(String secretArn, String rotationToken) {
        return false;
    }

    @Override
    public void purged(String secretArn) {
        purged.add(secretArn);
        onReport.accept(secretArn);
    }
}
