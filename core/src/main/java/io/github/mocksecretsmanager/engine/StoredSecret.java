package io.github.mocksecretsmanager.engine;

import static io.github.mocksecretsmanager.StagingLabels.CURRENT;
import static io.github.mocksecretsmanager.StagingLabels.PENDING;
import static io.github.mocksecretsmanager.StagingLabels.PREVIOUS;

import io.github.mocksecretsmanager.SecretMetadata;
import io.github.mocksecretsmanager.SecretSnapshot;
import io.github.mocksecretsmanager.SecretValue;
import io.github.mocksecretsmanager.SecretVersion;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One secret's mutable state: immutable metadata and versions, swapped under this object's monitor.
 *
 * <p>Every method must be called while holding the monitor ({@code synchronized (secret)}); the
 * {@link SecretStore} and {@link SecretsEngine} do so. Versions are kept in creation order and the
 * staging labels in a label-to-version index, so a put costs the same whatever the number of
 * versions. This class holds the staging-label rules of PutSecretValue and UpdateSecretVersionStage.
 */
final class StoredSecret {

    /** AWS prunes deprecated versions once a secret has more than this many. */
    static final int PRUNE_THRESHOLD = 100;
    /** AWS never prunes a version younger than this. */
    static final Duration PRUNE_MIN_AGE = Duration.ofHours(24);
    /** AWS quota: staging labels attached across all versions of a secret. */
    static final int MAX_LABELS_PER_SECRET = 20;

    private SecretMetadata metadata;
    private final LinkedHashMap<String, SecretVersion> versions = new LinkedHashMap<>();
    private final Map<String, String> labelOwners = new HashMap<>();
    private boolean removed;

    StoredSecret(SecretMetadata metadata) {
        this.metadata = metadata;
    }

    SecretMetadata metadata() {
        return metadata;
    }

    void metadata(SecretMetadata updated) {
        this.metadata = updated;
    }

    boolean isRemoved() {
        return removed;
    }

    void markRemoved() {
        removed = true;
    }

    SecretVersion version(String versionId) {
        return versions.get(versionId);
    }

    SecretVersion versionWithStage(String stage) {
        String owner = labelOwners.get(stage);
        return owner == null ? null : versions.get(owner);
    }

    Collection<SecretVersion> versions() {
        return versions.values();
    }

    SecretSnapshot snapshot() {
        return new SecretSnapshot(metadata, new ArrayList<>(versions.values()));
    }

    /**
     * Adds a version, or returns the existing one when the token and value repeat an earlier call.
     *
     * @param stages the labels to attach, or {@code null} for the default ({@code AWSCURRENT})
     * @param versionLimit the most versions the secret may hold after pruning; 0 for no limit
     */
    SecretVersion putVersion(String versionId, SecretValue value, List<String> stages, Instant now, int versionLimit) {
        SecretVersion existing = versions.get(versionId);
        if (existing != null) {
            if (existing.value().equals(value)) {
                return existing;
            }
            throw Errors.tokenInUse(versionId, metadata.arn());
        }
        Set<String> labels = new LinkedHashSet<>();
        if (stages == null || versions.isEmpty()) {
            labels.add(CURRENT);
        }
        if (stages != null) {
            labels.addAll(stages);
        }
        checkLabelQuota(labels);
        if (versionLimit > 0 && versions.size() + 1 - countPrunable(now, versions.size() + 1) > versionLimit) {
            throw Errors.versionLimitExceeded(metadata.name(), versionLimit);
        }
        String oldCurrent = labelOwners.get(CURRENT);
        versions.put(versionId, new SecretVersion(versionId, value, List.of(), now, null));
        for (String label : labels) {
            attach(label, versionId);
        }
        if (labels.contains(CURRENT) && oldCurrent != null && oldCurrent.equals(labelOwners.get(PENDING))) {
            // Recorded against AWS: a put that takes AWSCURRENT away also drops AWSPENDING from that version.
            detach(PENDING, oldCurrent);
        }
        prune(now);
        metadata = metadata.withLastChangedDate(now);
        return versions.get(versionId);
    }

    /**
     * The UpdateSecretVersionStage rules: moves {@code stage} from {@code removeFrom} to {@code moveTo}
     * (either may be {@code null}), moving {@code AWSPREVIOUS} along when {@code AWSCURRENT} moves.
     */
    void moveStage(String stage, String removeFrom, String moveTo, Instant now) {
        if (moveTo != null && !versions.containsKey(moveTo)) {
            throw Errors.versionNotFound(metadata.name(), moveTo);
        }
        if (removeFrom != null && !versions.containsKey(removeFrom)) {
            throw Errors.versionNotFound(metadata.name(), removeFrom);
        }
        String owner = labelOwners.get(stage);
        if (removeFrom != null && !removeFrom.equals(owner)) {
            throw Errors.stageNotOnVersion(stage, removeFrom);
        }
        if (owner != null && moveTo != null && !owner.equals(moveTo) && removeFrom == null) {
            throw Errors.removeFromRequired(stage, owner);
        }
        if (CURRENT.equals(stage) && moveTo == null && owner != null) {
            throw Errors.cannotRemoveCurrent();
        }
        if (moveTo != null && owner == null) {
            Set<String> labels = new LinkedHashSet<>();
            labels.add(stage);
            checkLabelQuota(labels);
        }
        if (moveTo != null) {
            attach(stage, moveTo);
        } else if (owner != null) {
            detach(stage, owner);
        }
        prune(now);
        metadata = metadata.withLastChangedDate(now);
    }

    /** Records a read of {@code version}: AWS keeps the access date truncated to the day. */
    void recordAccess(SecretVersion version, Instant day) {
        if (!day.equals(version.lastAccessedDate())) {
            versions.put(version.versionId(), version.withLastAccessedDate(day));
        }
        if (!day.equals(metadata.lastAccessedDate())) {
            metadata = metadata.withLastAccessedDate(day);
        }
    }

    private void attach(String label, String versionId) {
        String previousOwner = labelOwners.get(label);
        if (versionId.equals(previousOwner)) {
            return;
        }
        if (previousOwner != null) {
            detach(label, previousOwner);
        }
        labelOwners.put(label, versionId);
        SecretVersion target = versions.get(versionId);
        List<String> stages = new ArrayList<>(target.stages());
        stages.add(label);
        versions.put(versionId, target.withStages(stages));
        if (CURRENT.equals(label) && previousOwner != null) {
            attach(PREVIOUS, previousOwner);
        }
    }

    private void detach(String label, String versionId) {
        labelOwners.remove(label);
        SecretVersion holder = versions.get(versionId);
        List<String> stages = new ArrayList<>(holder.stages());
        stages.remove(label);
        versions.put(versionId, holder.withStages(stages));
    }

    private void checkLabelQuota(Set<String> newLabels) {
        Set<String> all = new LinkedHashSet<>(labelOwners.keySet());
        all.addAll(newLabels);
        if (newLabels.contains(CURRENT) && labelOwners.containsKey(CURRENT)) {
            all.add(PREVIOUS);
        }
        if (all.size() > MAX_LABELS_PER_SECRET) {
            throw Errors.labelLimitExceeded(MAX_LABELS_PER_SECRET);
        }
    }

    /** Removes deprecated versions older than a day, oldest first, while there are too many. */
    private void prune(Instant now) {
        if (versions.size() <= PRUNE_THRESHOLD) {
            return;
        }
        Instant cutoff = now.minus(PRUNE_MIN_AGE);
        Iterator<SecretVersion> oldestFirst = versions.values().iterator();
        while (versions.size() > PRUNE_THRESHOLD && oldestFirst.hasNext()) {
            SecretVersion candidate = oldestFirst.next();
            if (!candidate.createdDate().isBefore(cutoff)) {
                return; // versions are in creation order: the rest are younger still
            }
            if (candidate.isDeprecated()) {
                oldestFirst.remove();
            }
        }
    }

    /** How many versions {@link #prune} would remove once the secret holds {@code size} versions. */
    private int countPrunable(Instant now, int size) {
        if (size <= PRUNE_THRESHOLD) {
            return 0;
        }
        Instant cutoff = now.minus(PRUNE_MIN_AGE);
        int prunable = 0;
        for (SecretVersion candidate : versions.values()) {
            if (size - prunable <= PRUNE_THRESHOLD || !candidate.createdDate().isBefore(cutoff)) {
                break;
            }
            if (candidate.isDeprecated()) {
                prunable++;
            }
        }
        return prunable;
    }
}
