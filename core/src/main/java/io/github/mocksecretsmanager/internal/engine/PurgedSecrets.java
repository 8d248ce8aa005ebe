package io.github.mocksecretsmanager.internal.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * The secrets an operation removed for good, reported to the {@link RotationLauncher} once the
 * operation has let go of every lock. A secret leaves its store under its own lock, often under its
 * primary's too (a replica removed or overwritten), so the removal only notes the ARN; {@link
 * SecretsEngine} reports the notes when the operation returns. Notes are kept per thread: each
 * operation reports its own before it answers.
 */
final class PurgedSecrets {

    private final RotationLauncher launcher;
    /** Per thread: the ARNs it noted and has not reported, or no value. */
    @SuppressWarnings("ThreadLocalUsage") // not static: each server reports to its own launcher
    private final ThreadLocal<List<String>> unreported = new ThreadLocal<>();

    PurgedSecrets(RotationLauncher launcher) {
        this.launcher = launcher;
    }

    /** Notes that the calling thread's operation removed the secret for good. */
    void note(String secretArn) {
        List<String> arns = unreported.get();
        if (arns == null) {
            arns = new ArrayList<>(1);
            unreported.set(arns);
        }
        arns.add(secretArn);
    }

    /** Reports what the calling thread noted; called where it holds no secret's lock. */
    void report() {
        List<String> arns = unreported.get();
        if (arns == null) {
            return;
        }
        unreported.remove();
        arns.forEach(launcher::purged);
    }
}
