package io.github.mocksecretsmanager.internal.engine;

import static io.github.mocksecretsmanager.model.StagingLabels.CURRENT;
import static io.github.mocksecretsmanager.model.StagingLabels.PENDING;
import static io.github.mocksecretsmanager.model.StagingLabels.PREVIOUS;

import io.github.mocksecretsmanager.model.SecretMetadata;
import io.github.mocksecretsmanager.model.SecretSnapshot;
import io.github.mocksecretsmanager.model.SecretValue;
import io.github.mocksecretsmanager.model.SecretVersion;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

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

    /**
     * A version as kept in memory: a secret may hold hundreds of thousands, so this holds no more
     * than the {@link SecretVersion} it stands for needs: a {@link VersionKeys key} for the id, the
     * value's bytes (a {@code SecretString} whose characters all fit in one byte as those bytes, any
     * other as its {@code String}), the creation time without an {@code Instant}. Its labels live in
     * {@link #labelOwners}, so a label move replaces no version.
     */
    private record StoredVersion(
            Object key,
            @Nullable Object value,
            boolean binary,
            long createdSecond,
            int createdNano,
            @Nullable Instant lastAccessedDate) {

        /** @param value {@code null} for the value-less version a rotation starts with */
        static StoredVersion of(Object key, @Nullable SecretValue value, Instant created) {
            Object raw;
            if (value == null) {
                raw = null;
            } else if (value.isBinary()) {
                raw = value.binary();
            } else {
                String string = value.string();
                raw = isLatin1(string) ? string.getBytes(StandardCharsets.ISO_8859_1) : string;
            }
            return new StoredVersion(
                    key, raw, value != null && value.isBinary(), created.getEpochSecond(), created.getNano(), null);
        }

        @Nullable
        SecretValue secretValue() {
            if (value == null) {
                return null;
            }
            if (binary) {
                return SecretValue.ofBinary((byte[]) value);
            }
            return SecretValue.ofString(
                    value instanceof String string ? string : new String((byte[]) value, StandardCharsets.ISO_8859_1));
        }

        private static boolean isLatin1(String string) {
            for (int i = 0; i < string.length(); i++) {
                if (string.charAt(i) > 0xFF) {
                    return false;
                }
            }
            return true;
        }

        StoredVersion filledWith(SecretValue filled) {
            StoredVersion with = of(key, filled, Instant.ofEpochSecond(createdSecond, createdNano));
            return new StoredVersion(key, with.value, with.binary, createdSecond, createdNano, lastAccessedDate);
        }

        StoredVersion accessedOn(Instant day) {
            return new StoredVersion(key, value, binary, createdSecond, createdNano, day);
        }

        boolean createdBefore(Instant instant) {
            return createdSecond < instant.getEpochSecond()
                    || (createdSecond == instant.getEpochSecond() && createdNano < instant.getNano());
        }

        SecretVersion toVersion(List<String> stages) {
            return SecretVersion.builder()
                    .versionId(key.toString())
                    .value(secretValue())
                    .stages(stages)
                    .createdDate(Instant.ofEpochSecond(createdSecond, createdNano))
                    .lastAccessedDate(lastAccessedDate)
                    .build();
        }

        /** Never the value: a record's own {@code toString()} would print a string value as it is. */
        @Override
        public String toString() {
            String kind = value == null ? "no" : binary ? "binary" : "string";
            return "StoredVersion[" + key + ", " + kind + " value" + (value == null ? "" : " redacted") + "]";
        }
    }

    private SecretMetadata metadata;
    /** In creation order. */
    private final LinkedHashMap<Object, StoredVersion> versions = new LinkedHashMap<>();
    /** Label to the key of the version carrying it, in the order the labels were attached. */
    private final LinkedHashMap<String, Object> labelOwners = new LinkedHashMap<>();

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

    /**
     * Makes this replica hold what {@code primary} holds: its versions and their labels, with {@code
     * replicaMetadata}. The caller holds both monitors.
     */
    void replicate(StoredSecret primary, SecretMetadata replicaMetadata) {
        versions.clear();
        versions.putAll(primary.versions);
        labelOwners.clear();
        labelOwners.putAll(primary.labelOwners);
        metadata = replicaMetadata;
    }

    boolean isRemoved() {
        return removed;
    }

    void markRemoved() {
        removed = true;
    }

    @Nullable
    SecretVersion version(String versionId) {
        return version(VersionKeys.of(versionId));
    }

    @Nullable
    SecretVersion versionWithStage(String stage) {
        Object owner = labelOwners.get(stage);
        return owner == null ? null : version(owner);
    }

    private @Nullable SecretVersion version(Object key) {
        StoredVersion stored = versions.get(key);
        return stored == null ? null : stored.toVersion(stagesOf(key));
    }

    /** Every version, oldest first. */
    List<SecretVersion> versions() {
        List<SecretVersion> all = new ArrayList<>(versions.size());
        for (StoredVersion stored : versions.values()) {
            all.add(stored.toVersion(stagesOf(stored.key())));
        }
        return all;
    }

    SecretSnapshot snapshot() {
        return SecretSnapshot.builder().metadata(metadata).versions(versions()).build();
    }

    /**
     * Adds a version, or returns the existing one when the token and value repeat an earlier call.
     *
     * @param stages the labels to attach, or {@code null} for the default ({@code AWSCURRENT})
     * @param versionLimit the most versions the secret may hold after pruning; 0 for no limit
     */
    SecretVersion putVersion(
            String versionId, SecretValue value, @Nullable List<String> stages, Instant now, int versionLimit) {
        Object key = VersionKeys.of(versionId);
        StoredVersion existing = versions.get(key);
        if (existing != null) {
            SecretValue held = existing.secretValue();
            if (held == null) {
                return fill(existing, value, stages, now);
            }
            if (held.equals(value)) {
                return existing.toVersion(stagesOf(key));
            }
            throw Errors.tokenInUse(versionId, metadata.arn());
        }
        Collection<String> labels = labelsToAttach(stages);
        checkLabelQuota(labels);
        if (versionLimit > 0
                && versions.size() + 1 - prunable(now, versions.size() + 1).size() > versionLimit) {
            throw Errors.versionLimitExceeded(metadata.name(), versionLimit);
        }
        StoredVersion added = StoredVersion.of(key, value, now);
        versions.put(key, added);
        attachPut(labels, key);
        prune(now);
        metadata = metadata.toBuilder().lastChangedDate(now).build();
        return added.toVersion(stagesOf(key));
    }

    /**
     * Gives the value-less version a rotation started with its value: a PutSecretValue with the
     * rotation's token fills it rather than failing because the token is in use (as moto, recorded
     * against AWS, does; the AWS rotation template relies on it).
     */
    private SecretVersion fill(
            StoredVersion placeholder, SecretValue value, @Nullable List<String> stages, Instant now) {
        Object key = placeholder.key();
        Collection<String> labels = stages == null ? List.of(CURRENT) : stages;
        checkLabelQuota(labels);
        StoredVersion filled = placeholder.filledWith(value);
        versions.put(key, filled);
        attachPut(labels, key);
        metadata = metadata.toBuilder().lastChangedDate(now).build();
        return filled.toVersion(stagesOf(key));
    }

    /** Attaches the labels a PutSecretValue asked for to the version it wrote. */
    private void attachPut(Collection<String> labels, Object key) {
        Object oldCurrent = labelOwners.get(CURRENT);
        for (String label : labels) {
            attach(label, key);
        }
        if (labels.contains(CURRENT) && oldCurrent != null && oldCurrent.equals(labelOwners.get(PENDING))) {
            // Recorded against AWS: a put that takes AWSCURRENT away also drops AWSPENDING from that version.
            labelOwners.remove(PENDING);
        }
    }

    /**
     * Adds the version a rotation starts with: no value, labelled {@code AWSPENDING}, its id the
     * rotation's token. Does nothing when the version exists already (RotateSecret retried with the
     * same token).
     */
    SecretVersion addPendingPlaceholder(String token, Instant now) {
        Object key = VersionKeys.of(token);
        if (!versions.containsKey(key)) {
            checkLabelQuota(List.of(PENDING));
            versions.put(key, StoredVersion.of(key, null, now));
            attach(PENDING, key);
            metadata = metadata.toBuilder().lastChangedDate(now).build();
        }
        return Objects.requireNonNull(version(key));
    }

    /** Removes a version that holds no value (and its labels): the test-only rotation's placeholder. */
    void removePlaceholder(String versionId) {
        Object key = VersionKeys.of(versionId);
        StoredVersion stored = versions.get(key);
        if (stored == null || stored.value() != null) {
            return;
        }
        labelOwners.values().removeIf(key::equals);
        versions.remove(key);
    }

    /**
     * The UpdateSecretVersionStage rules: moves {@code stage} from {@code removeFrom} to {@code moveTo}
     * (either may be {@code null}), moving {@code AWSPREVIOUS} along when {@code AWSCURRENT} moves.
     */
    void moveStage(String stage, @Nullable String removeFrom, @Nullable String moveTo, Instant now) {
        Object moveToKey = moveTo == null ? null : VersionKeys.of(moveTo);
        Object removeFromKey = removeFrom == null ? null : VersionKeys.of(removeFrom);
        if (moveToKey != null && !versions.containsKey(moveToKey)) {
            throw Errors.versionNotFound(metadata.name(), moveToKey.toString());
        }
        if (removeFromKey != null && !versions.containsKey(removeFromKey)) {
            throw Errors.versionNotFound(metadata.name(), removeFromKey.toString());
        }
        Object owner = labelOwners.get(stage);
        if (removeFromKey != null && !removeFromKey.equals(owner)) {
            throw Errors.stageNotOnVersion(stage, removeFromKey.toString());
        }
        if (owner != null && moveTo != null && !owner.equals(moveToKey) && removeFrom == null) {
            throw Errors.removeFromRequired(stage, owner.toString());
        }
        if (CURRENT.equals(stage) && moveTo == null && owner != null) {
            throw Errors.cannotRemoveCurrent();
        }
        if (moveTo != null && owner == null) {
            checkLabelQuota(List.of(stage));
        }
        if (moveToKey != null) {
            attach(stage, moveToKey);
        } else if (owner != null) {
            labelOwners.remove(stage);
        }
        prune(now);
        metadata = metadata.toBuilder().lastChangedDate(now).build();
    }

    /**
     * Records a read of {@code version}: AWS keeps the access date truncated to the day.
     *
     * @return the version as it now stands
     */
    SecretVersion recordAccess(SecretVersion version, Instant day) {
        if (!day.equals(metadata.lastAccessedDate())) {
            metadata = metadata.toBuilder().lastAccessedDate(day).build();
        }
        if (day.equals(version.lastAccessedDate())) {
            return version;
        }
        StoredVersion stored = Objects.requireNonNull(versions.get(VersionKeys.of(version.versionId())));
        versions.put(stored.key(), stored.accessedOn(day));
        return version.toBuilder().lastAccessedDate(day).build();
    }

    /** The labels on one version, in the order they were attached. */
    private List<String> stagesOf(Object key) {
        List<String> stages = null;
        for (Map.Entry<String, Object> label : labelOwners.entrySet()) {
            if (label.getValue().equals(key)) {
                if (stages == null) {
                    stages = new ArrayList<>(2);
                }
                stages.add(label.getKey());
            }
        }
        return stages == null ? List.of() : stages;
    }

    private void attach(String label, Object key) {
        Object previousOwner = labelOwners.get(label);
        if (key.equals(previousOwner)) {
            return;
        }
        labelOwners.remove(label); // re-inserted last: the map keeps the order labels were attached in
        labelOwners.put(label, key);
        if (CURRENT.equals(label) && previousOwner != null) {
            attach(PREVIOUS, previousOwner);
        }
    }

    /** {@code AWSCURRENT} alone by default; the first version gets it whatever else is asked. */
    private Collection<String> labelsToAttach(@Nullable List<String> stages) {
        if (stages == null) {
            return List.of(CURRENT);
        }
        Set<String> labels = new LinkedHashSet<>();
        if (versions.isEmpty()) {
            labels.add(CURRENT);
        }
        labels.addAll(stages);
        return labels;
    }

    /** @param newLabels distinct labels about to be attached */
    private void checkLabelQuota(Collection<String> newLabels) {
        int total = labelOwners.size();
        for (String label : newLabels) {
            if (!labelOwners.containsKey(label)) {
                total++;
            }
        }
        boolean previousAppears = newLabels.contains(CURRENT)
                && labelOwners.containsKey(CURRENT)
                && !labelOwners.containsKey(PREVIOUS)
                && !newLabels.contains(PREVIOUS);
        if (previousAppears) {
            total++;
        }
        if (total > MAX_LABELS_PER_SECRET) {
            throw Errors.labelLimitExceeded(MAX_LABELS_PER_SECRET);
        }
    }

    /** Removes the versions {@link #prunable} names as of {@code now}. */
    void prune(Instant now) {
        for (Object key : prunable(now, versions.size())) {
            versions.remove(key);
        }
    }

    /**
     * The versions AWS removes once the secret holds {@code size} versions: deprecated ones older
     * than a day, oldest first, while there are more than {@link #PRUNE_THRESHOLD}.
     */
    private List<Object> prunable(Instant now, int size) {
        if (size <= PRUNE_THRESHOLD) {
            return List.of();
        }
        Instant cutoff = now.minus(PRUNE_MIN_AGE);
        List<Object> prunable = List.of();
        for (StoredVersion candidate : versions.values()) {
            if (size - prunable.size() <= PRUNE_THRESHOLD || !candidate.createdBefore(cutoff)) {
                break; // versions are in creation order: the rest are younger still
            }
            if (!labelOwners.containsValue(candidate.key())) {
                if (prunable.isEmpty()) {
                    prunable = new ArrayList<>();
                }
                prunable.add(candidate.key());
            }
        }
        return prunable;
    }
}
