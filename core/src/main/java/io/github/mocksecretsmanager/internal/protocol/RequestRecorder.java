package io.github.mocksecretsmanager.internal.protocol;

import io.github.mocksecretsmanager.internal.engine.ErrorCode;
import io.github.mocksecretsmanager.internal.engine.SecretRef;
import io.github.mocksecretsmanager.internal.engine.SecretsEngine;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes one journal entry per AWS request: what was asked, of which secret, and how it ended. Only
 * members on a fixed list are kept, so a member that carries a value ({@code SecretString},
 * {@code SecretBinary}, {@code RotationToken}, or one the emulator does not know) is never recorded.
 */
public final class RequestRecorder {

    /** Request members that say what was asked and never carry a secret value. */
    static final Set<String> PARAMETERS = Set.of(
            "AddReplicaRegions",
            "BlockPublicPolicy",
            "Description",
            "ExcludeCharacters",
            "ExcludeLowercase",
            "ExcludeNumbers",
            "ExcludePunctuation",
            "ExcludeUppercase",
            "ExternalSecretRotationRoleArn",
            "Filters",
            "ForceDeleteWithoutRecovery",
            "ForceOverwriteReplicaSecret",
            "IncludeDeprecated",
            "IncludePlannedDeletion",
            "IncludeSpace",
            "KmsKeyId",
            "MaxResults",
            "MoveToVersionId",
            "NextToken",
            "PasswordLength",
            "RecoveryWindowInDays",
            "RemoveFromVersionId",
            "RemoveReplicaRegions",
            "RequireEachIncludedType",
            "ResourcePolicy",
            "RotateImmediately",
            "RotationLambdaARN",
            "RotationRules",
            "SecretIdList",
            "SortBy",
            "SortOrder",
            "TagKeys",
            "Tags",
            "Type");

    /** How many distinct ids get a not-found hint in the log; later ones only in the journal. */
    private static final int MAX_LOGGED_HINTS = 1_000;

    private static final int MAX_CANONICAL = 256;

    private static final Logger log = LoggerFactory.getLogger(RequestRecorder.class);

    private final JournalBuffer journal;
    private final Clock clock;
    private final Set<String> hintedIds = ConcurrentHashMap.newKeySet();
    private final ConcurrentHashMap<String, String> canonical = new ConcurrentHashMap<>();

    public RequestRecorder(JournalBuffer journal, Clock clock) {
        this.journal = journal;
        this.clock = clock;
    }

    /**
     * Starts the entry of a request that has just arrived.
     *
     * @param engine the engine of the request's account and region, where its secret is looked up
     */
    Entry arrived(HttpServerExchange exchange, String operation, SecretsEngine engine) {
        return new Entry(exchange, operation, engine);
    }

    /**
     * The same text as an instance kept before, so that a journal slot holds no new copy of a string
     * that repeats (operations, user agents, keys, regions). At most {@value #MAX_CANONICAL} of them.
     */
    private @Nullable String canonical(@Nullable String text) {
        if (text == null) {
            return null;
        }
        String known = canonical.get(text);
        if (known != null) {
            return known;
        }
        if (canonical.size() < MAX_CANONICAL) {
            known = canonical.putIfAbsent(text, text);
        }
        return known != null ? known : text;
    }

    /** One request on its way through the handler; it fills a journal slot when it finishes. */
    final class Entry implements JournalBuffer.Writer {
        private final long startNanos = System.nanoTime();
        private final SecretsEngine engine;
        private final Instant time = clock.instant();
        private final @Nullable String operation;
        private final @Nullable String userAgent;
        private @Nullable String accessKeyId;
        private @Nullable String region;
        private @Nullable String secretId;
        private @Nullable SecretRef secret;
        private @Nullable String versionId;
        private List<String> stages = List.of();
        private @Nullable String token;
        private @Nullable Map<String, Object> parameters;
        private int status;
        private @Nullable String errorType;
        private @Nullable String hint;
        private @Nullable String fault;
        private long durationNanos;

        private Entry(HttpServerExchange exchange, String operation, SecretsEngine engine) {
            this.engine = engine;
            this.operation = canonical(operation);
            this.userAgent = canonical(exchange.getRequestHeaders().getFirst(Headers.USER_AGENT));
            String authorization = exchange.getRequestHeaders().getFirst(Headers.AUTHORIZATION);
            if (authorization != null) {
                String[] scope = credentialScope(authorization);
                if (scope.length >= 3) {
                    accessKeyId = canonical(scope[0]);
                    region = canonical(scope[2]);
                }
            }
        }

        /** Takes what identifies the request from its members, and the secret it names before it runs. */
        void members(Map<String, Object> members) {
            secretId = secretIdOf(members);
            versionId = string(members, "VersionId");
            token = string(members, "ClientRequestToken");
            Object listed = members.get("VersionStages");
            if (listed instanceof List<?> list) {
                stages = list.stream()
                        .filter(String.class::isInstance)
                        .map(String.class::cast)
                        .toList();
            } else if (members.get("VersionStage") instanceof String stage) {
                stages = List.of(stage);
            }
            members.forEach((name, value) -> {
                if (PARAMETERS.contains(name)) {
                    if (parameters == null) {
                        parameters = new LinkedHashMap<>();
                    }
                    parameters.put(name, value);
                }
            });
            if (secretId != null) {
                secret = engine.identify(secretId); // before the operation: a delete may remove it
            }
        }

        /** Marks the request as answered by a fault rule, e.g. {@code "ThrottlingException"}. */
        void fault(String description) {
            fault = description;
        }

        /** Records the outcome; the entry is then visible in the journal. */
        void finish(int status, @Nullable ErrorCode error) {
            finish(status, error == null ? null : error.name());
        }

        /** Records the outcome with any error type, e.g. an injected one; the entry is then visible. */
        void finish(int status, @Nullable String errorType) {
            if (secretId != null && secret == null) {
                secret = engine.identify(secretId); // a secret the request created
            }
            this.status = status;
            this.errorType = errorType;
            this.durationNanos = System.nanoTime() - startNanos;
            if (ErrorCode.ResourceNotFoundException.name().equals(errorType) && secretId != null && secret == null) {
                hint = hint(secretId);
            }
            journal.append(this);
        }

        @Override
        public void writeTo(JournalBuffer.Slot slot) {
            slot.time(time);
            slot.durationNanos = durationNanos;
            slot.operation = operation;
            slot.userAgent = userAgent;
            slot.accessKeyId = accessKeyId;
            slot.region = region;
            if (secret != null) {
                slot.secretName = secret.name();
                slot.secretArn = secret.arn();
                // The secret's own strings live on anyway; the request's copy of the same text need not.
                slot.secretId = secret.name().equals(secretId) ? secret.name() : secretId;
            } else {
                slot.secretId = secretId;
            }
            slot.versionId = versionId;
            slot.stages = stages;
            slot.clientRequestToken(token);
            slot.parameters = parameters;
            slot.status = status;
            slot.errorType = errorType;
            slot.hint = hint;
            slot.fault = fault;
        }

        private @Nullable String hint(String id) {
            String hint = engine.notFoundHint(id);
            if (hint != null && hintedIds.size() < MAX_LOGGED_HINTS && hintedIds.add(id)) {
                log.info("Secret '{}' was not found: {}", id, hint);
            }
            return hint;
        }
    }

    /** The secret a request is about, for the journal and fault rules: {@code SecretId}, else {@code Name}. */
    static @Nullable String secretIdOf(Map<String, Object> members) {
        String secretId = string(members, "SecretId");
        return secretId != null ? secretId : string(members, "Name");
    }

    private static @Nullable String string(Map<String, Object> members, String name) {
        return members.get(name) instanceof String value ? value : null;
    }

    /** {@code [AKID, date, region, service, aws4_request]} from a SigV4 {@code Authorization} header. */
    private static String[] credentialScope(String authorization) {
        int start = authorization.indexOf("Credential=");
        if (start < 0) {
            return new String[0];
        }
        start += "Credential=".length();
        int end = start;
        while (end < authorization.length() && authorization.charAt(end) != ',' && authorization.charAt(end) != ' ') {
            end++;
        }
        return authorization.substring(start, end).split("/", -1);
    }
}
