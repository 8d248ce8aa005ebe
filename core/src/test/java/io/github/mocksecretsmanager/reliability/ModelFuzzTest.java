package io.github.mocksecretsmanager.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.mocksecretsmanager.MockSecretsManagerServer;
import io.github.mocksecretsmanager.ServerConfig;
import io.github.mocksecretsmanager.model.SecretSnapshot;
import io.github.mocksecretsmanager.model.SecretVersion;
import io.github.mocksecretsmanager.reliability.fuzz.RequestGenerator;
import io.github.mocksecretsmanager.reliability.fuzz.RequestGenerator.Case;
import io.github.mocksecretsmanager.reliability.fuzz.RequestGenerator.Kind;
import io.github.mocksecretsmanager.reliability.fuzz.RequestGenerator.Request;
import io.github.mocksecretsmanager.reliability.fuzz.ServiceModel;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Model-driven fuzzing: every operation of the AWS service model (botocore's copy, in
 * {@code src/test/resources/aws-model}), valid requests and requests that break one constraint at a
 * time, sent as raw HTTP against pools of real secrets addressed by name, full and partial ARN.
 * Checked on every answer: no 5xx, no dropped connection or hang, every error a 4xx in AWS's JSON
 * shape with {@code x-amzn-ErrorType}, a rejected request changes no state, the staging-label
 * invariants hold; a request breaking a model constraint is refused (an explicit {@code null} for an
 * optional member reads as its absence); and a canary secret value shows only in the answers that return values, never in
 * an error, the journal or the log. Seeded: {@code -Dmsm.fuzz.seed=N}, size {@code -Dmsm.fuzz.requests=N}.
 */
@Timeout(value = 300, unit = TimeUnit.SECONDS)
class ModelFuzzTest {

    private static final long SEED = Long.getLong("msm.fuzz.seed", 20261202L);
    private static final int REQUESTS = Integer.getInteger("msm.fuzz.requests", 10_000);
    private static final int RESET_EVERY = 300;
    private static final int MAX_REPORTED = 15;
    /** 30 characters, so the Base64 of binary values that start with it always starts with the same 40. */
    private static final String CANARY = "MFZCANARY"
            + UUID.randomUUID().toString().replace("-", "").substring(0, 21).toUpperCase();

    private static final String CANARY_BASE64 =
            Base64.getEncoder().encodeToString(CANARY.getBytes(StandardCharsets.UTF_8));
    private static final Set<String> VALUE_ANSWERS = Set.of("GetSecretValue", "BatchGetSecretValue");
    private static final Path SERVER_LOG = Path.of("target", "test-server.log");

    private final JsonFactory json = new JsonFactory();
    private final List<String> violations = new ArrayList<>();
    /**
     * Secrets whose AWSCURRENT version got AWSPREVIOUS because a request asked for exactly that
     * (UpdateSecretVersionStage or PutSecretValue naming AWSPREVIOUS): the server allows it, as AWS's
     * documentation does not forbid it, so the "AWSPREVIOUS not on the AWSCURRENT version" invariant
     * holds for the moves the server makes by itself only. Emptied on every reset.
     */
    private final Set<String> explicitPrevious = new HashSet<>();

    private int explicitPreviousCount;
    private int violationCount;

    @Test
    void everyOperationOfTheModelKeepsTheInvariants() throws Exception {
        ServiceModel model = ServiceModel.load("/aws-model/secretsmanager-2017-10-17.json");
        assertThat(model.operations()).as("operations in the model").hasSize(23);
        RequestGenerator generator = new RequestGenerator(model, CANARY);
        List<Case> cases = generator.cases();
        Random random = new Random(SEED);
        List<Case> order = new ArrayList<>(cases);
        Map<String, Integer> statuses = new TreeMap<>();
        Map<String, String> acceptedBreakages = new TreeMap<>();
        Set<Case> rejectedValid = new HashSet<>();
        Set<String> operationsWith2xx = new TreeSet<>();
        HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
        long started = System.nanoTime();

        try (MockSecretsManagerServer server =
                MockSecretsManagerServer.start(ServerConfig.builder().build())) {
            URI endpoint = server.endpoint();
            FuzzPool pool = new FuzzPool();
            int next = 0;
            for (int i = 0; i < REQUESTS; i++) {
                if (i % RESET_EVERY == 0) {
                    if (i > 0) {
                        checkJournal(server, i);
                    }
                    server.reset();
                    explicitPrevious.clear();
                    pool.fill(server);
                }
                if (next == 0) {
                    Collections.shuffle(order, random);
                }
                // Every other request is valid, so that the pools change state as a test's would.
                Case fuzzCase;
                if (i % 2 == 0) {
                    String operation = model.operations()
                            .get(random.nextInt(model.operations().size()));
                    fuzzCase = new Case(operation, Kind.VALID, List.of());
                } else {
                    fuzzCase = order.get(next);
                    next = (next + 1) % order.size();
                }
                List<SecretSnapshot> before = normalized(server.secrets());
                pool.refresh(before);
                Request request = generator.generate(fuzzCase, pool, random);
                String context = "seed " + SEED + ", request " + i + ", " + fuzzCase + " (" + request.detail()
                        + "), body: " + redacted(request.body());
                HttpResponse<byte[]> response;
                try {
                    response = http.send(
                            HttpRequest.newBuilder(endpoint)
                                    .timeout(Duration.ofSeconds(15))
                                    .header("X-Amz-Target", "secretsmanager." + fuzzCase.operation())
                                    .header("Content-Type", "application/x-amz-json-1.1")
                                    .POST(HttpRequest.BodyPublishers.ofByteArray(request.body()))
                                    .build(),
                            HttpResponse.BodyHandlers.ofByteArray());
                } catch (IOException e) {
                    violation(context, "no answer: " + e);
                    continue;
                }
                int status = response.statusCode();
                statuses.merge(fuzzCase.operation() + " " + status, 1, Integer::sum);
                String answer = new String(response.body(), StandardCharsets.UTF_8);
                List<SecretSnapshot> after = normalized(server.secrets());
                if (status >= 200 && status < 300) {
                    operationsWith2xx.add(fuzzCase.operation());
                    if (fuzzCase.kind().onMember()) {
                        acceptedBreakages.putIfAbsent(fuzzCase.toString(), request.detail());
                        // An explicit null reads as an absent optional member (as on AWS); any other
                        // breakage of a model constraint must be refused.
                        if (!request.detail().equals("null")) {
                            violation(
                                    context,
                                    "a request breaking the model was accepted: " + status + " " + redacted(answer));
                        }
                    }
                    if ((fuzzCase.operation().equals("UpdateSecretVersionStage")
                                    || fuzzCase.operation().equals("PutSecretValue"))
                            && new String(request.body(), StandardCharsets.ISO_8859_1).contains("AWSPREVIOUS")) {
                        for (SecretSnapshot secret : after) {
                            if (secret.current()
                                            .filter(v -> v.hasStage("AWSPREVIOUS"))
                                            .isPresent()
                                    && explicitPrevious.add(secret.name())) {
                                explicitPreviousCount++;
                            }
                        }
                    }
                    if (!VALUE_ANSWERS.contains(fuzzCase.operation()) && leaksCanary(answer)) {
                        violation(context, "the canary value is in a " + status + " answer: " + redacted(answer));
                    }
                } else if (status >= 400 && status < 500) {
                    if (fuzzCase.kind() == Kind.VALID) {
                        rejectedValid.add(fuzzCase);
                    }
                    checkErrorShape(response, answer, context);
                    if (!after.equals(before)) {
                        violation(
                                context,
                                "a rejected request (" + status + " " + answer + ") changed state:\n  before " + before
                                        + "\n  after  " + after);
                    }
                } else {
                    violation(context, "status " + status + ": " + redacted(answer));
                }
                checkStagingLabels(after, context);
            }
            checkJournal(server, REQUESTS);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        String log = Files.readString(SERVER_LOG, StandardCharsets.UTF_8);
        if (leaksCanary(log)) {
            violation("seed " + SEED, "the canary value is in the server log " + SERVER_LOG);
        }
        System.out.printf(
                "ModelFuzzTest: seed %d, %d requests over %d cases in %.1f s (%.0f requests/s); statuses %s;%n"
                        + "  operations answering 2xx: %s;%n  breakages accepted (answered 2xx): %s;%n"
                        + "  AWSPREVIOUS put on the AWSCURRENT version on request: %d times%n",
                SEED,
                REQUESTS,
                cases.size(),
                seconds,
                REQUESTS / seconds,
                statuses,
                operationsWith2xx,
                acceptedBreakages,
                explicitPreviousCount);
        assertThat(violations)
                .as(violationCount + " invariant violations (seed " + SEED + ", replay with -Dmsm.fuzz.seed=" + SEED
                        + ")")
                .isEmpty();
        assertThat(operationsWith2xx)
                .as("operations that some valid request got through")
                .hasSizeGreaterThan(15);
    }

    private void checkErrorShape(HttpResponse<byte[]> response, String answer, String context) {
        String type = response.headers().firstValue("x-amzn-ErrorType").orElse(null);
        if (type == null || type.isBlank()) {
            violation(context, "no x-amzn-ErrorType header on " + response.statusCode() + " " + redacted(answer));
        }
        Map<String, String> fields = new TreeMap<>();
        try (JsonParser parser = json.createParser(response.body())) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                violation(context, "error body is not a JSON object: " + redacted(answer));
                return;
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                parser.nextToken();
                fields.put(name, parser.getValueAsString());
                parser.skipChildren();
            }
        } catch (IOException e) {
            violation(context, "error body is not JSON (" + e.getMessage() + "): " + redacted(answer));
            return;
        }
        if (fields.get("__type") == null || !(fields.containsKey("Message") || fields.containsKey("message"))) {
            violation(context, "error body lacks __type or a message: " + redacted(answer));
        }
        if (leaksCanary(answer)) {
            violation(context, "the canary value is in an error: " + redacted(answer));
        }
    }

    private void checkStagingLabels(List<SecretSnapshot> secrets, String context) {
        for (SecretSnapshot secret : secrets) {
            if (secret.versions().isEmpty()) {
                continue;
            }
            List<SecretVersion> current = secret.versions().stream()
                    .filter(v -> v.hasStage("AWSCURRENT"))
                    .toList();
            Set<String> labels = new HashSet<>();
            boolean unique =
                    secret.versions().stream().flatMap(v -> v.stages().stream()).allMatch(labels::add);
            boolean previousOnCurrent = !explicitPrevious.contains(secret.name())
                    && current.stream().anyMatch(v -> v.hasStage("AWSPREVIOUS"));
            if (current.size() != 1 || !unique || previousOnCurrent) {
                violation(context, "staging labels of " + secret.name() + " broken: " + secret.versions());
            }
        }
    }

    private void checkJournal(MockSecretsManagerServer server, int at) {
        if (leaksCanary(server.requests().toString())) {
            violation("seed " + SEED + ", before request " + at, "the canary value is in the request journal");
        }
    }

    private boolean leaksCanary(String text) {
        return text.contains(CANARY) || text.contains(CANARY_BASE64);
    }

    private void violation(String context, String what) {
        violationCount++;
        if (violations.size() < MAX_REPORTED) {
            violations.add(context + "\n  -> " + what);
        }
    }

    private static String redacted(byte[] body) {
        String text = new String(body, StandardCharsets.UTF_8);
        return redacted(text.length() > 600 ? text.substring(0, 600) + "...(" + body.length + " bytes)" : text);
    }

    private static String redacted(String text) {
        return text.replace(CANARY, "<canary>").replace(CANARY_BASE64, "<canary-base64>");
    }

    /** The state compared before and after a request: access dates move on reads, which change nothing else. */
    private static List<SecretSnapshot> normalized(List<SecretSnapshot> secrets) {
        return secrets.stream()
                .map(s -> s.toBuilder()
                        .metadata(
                                s.metadata().toBuilder().lastAccessedDate(null).build())
                        .versions(s.versions().stream()
                                .map(v -> v.toBuilder().lastAccessedDate(null).build())
                                .toList())
                        .build())
                .toList();
    }

    /** Real secrets the generated requests address by name, full ARN and partial ARN. */
    private static final class FuzzPool implements RequestGenerator.Pool {

        private List<SecretSnapshot> secrets = List.of();
        private int created;

        void fill(MockSecretsManagerServer server) {
            server.createSecret("pool-a", CANARY + "-a");
            server.createSecret("pool/b", (CANARY + "-binary").getBytes(StandardCharsets.UTF_8));
            server.createSecret("pool-c", CANARY + "-c1");
            server.putSecretValue("pool-c", CANARY + "-c2");
            server.putSecretValue("pool-c", CANARY + "-c3");
            server.createSecret("pool_d+e=f.g@h", "{\"password\":\"" + CANARY + "\"}");
        }

        void refresh(List<SecretSnapshot> now) {
            secrets = now;
        }

        @Override
        public String secretId(Random random) {
            if (secrets.isEmpty() || random.nextInt(10) == 0) {
                return random.nextBoolean()
                        ? "pool-missing"
                        : "arn:aws:secretsmanager:us-east-1:000000000000:secret:pool-a-AbCdEf";
            }
            SecretSnapshot secret = secrets.get(random.nextInt(secrets.size()));
            return switch (random.nextInt(3)) {
                case 0 -> secret.name();
                case 1 -> secret.arn();
                default -> secret.arn().substring(0, secret.arn().length() - 7);
            };
        }

        @Override
        public String versionId(Random random) {
            List<String> ids = secrets.stream()
                    .flatMap(s -> s.versions().stream())
                    .map(SecretVersion::versionId)
                    .toList();
            return ids.isEmpty() || random.nextInt(6) == 0
                    ? UUID.randomUUID().toString()
                    : ids.get(random.nextInt(ids.size()));
        }

        @Override
        public String newName(Random random) {
            if (!secrets.isEmpty() && random.nextInt(5) == 0) {
                return secrets.get(random.nextInt(secrets.size())).name();
            }
            return "fz-" + (created++);
        }
    }
}
