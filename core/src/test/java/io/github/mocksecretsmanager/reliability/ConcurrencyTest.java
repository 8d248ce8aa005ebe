package io.github.mocksecretsmanager.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mocksecretsmanager.MockSecretsManagerServer;
import io.github.mocksecretsmanager.model.SecretSnapshot;
import io.github.mocksecretsmanager.model.SecretVersion;
import io.github.mocksecretsmanager.testsupport.SdkClients;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.secretsmanager.model.PutSecretValueResponse;
import software.amazon.awssdk.services.secretsmanager.model.ResourceExistsException;
import software.amazon.awssdk.services.secretsmanager.model.SecretsManagerException;

/**
 * Many threads hammering the same secrets over HTTP. After every run the staging-label invariants
 * hold, every acknowledged put is stored with the value it was sent, and no call got a 5xx.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class ConcurrencyTest {

    private static final int THREADS = 8;
    private static final int OPERATIONS_PER_THREAD = 150;
    /** Errors a racing caller may legitimately get; anything else (a 5xx above all) fails the test. */
    private static final Set<String> EXPECTED_RACE_ERRORS = Set.of(
            "InvalidParameterException",
            "InvalidRequestException",
            "ResourceExistsException",
            "LimitExceededException");

    private static MockSecretsManagerServer server;
    private static SecretsManagerClient client;

    @BeforeAll
    static void start() {
        server = MockSecretsManagerServer.start();
        client = SdkClients.syncClient(server);
    }

    @AfterAll
    static void stop() {
        client.close();
        server.close();
    }

    @RepeatedTest(2)
    void mixedOperationsKeepEveryInvariant() throws Exception {
        List<String> secrets = List.of(unique("a"), unique("b"), unique("c"));
        secrets.forEach(name -> client.createSecret(r -> r.name(name).secretString("initial")));
        List<String> sharedTokens =
                List.of(UUID.randomUUID().toString(), UUID.randomUUID().toString());
        Map<String, String> acknowledged = new ConcurrentHashMap<>(); // "secret/versionId" -> value
        Map<String, Integer> unexpected = new ConcurrentHashMap<>();

        runConcurrently(THREADS, thread -> {
            ThreadLocalRandom random = ThreadLocalRandom.current();
            for (int i = 0; i < OPERATIONS_PER_THREAD; i++) {
                String secret = secrets.get(random.nextInt(secrets.size()));
                try {
                    operate(random, secret, thread, i, sharedTokens, acknowledged);
                } catch (SecretsManagerException e) {
                    String code = e.awsErrorDetails().errorCode();
                    if (e.statusCode() >= 500 || !EXPECTED_RACE_ERRORS.contains(code)) {
                        unexpected.merge(e.statusCode() + " " + code, 1, Integer::sum);
                    }
                }
            }
        });

        assertThat(unexpected).as("unexpected errors").isEmpty();
        for (String name : secrets) {
            client.restoreSecret(r -> r.secretId(name));
            assertInvariants(server.secret(name).orElseThrow());
        }
        acknowledged.forEach((key, value) -> {
            String[] parts = key.split("/", 2);
            SecretVersion version =
                    server.secret(parts[0]).orElseThrow().version(parts[1]).orElseThrow();
            assertThat(version.value().string()).as(key).isEqualTo(value);
        });
        // The run did real work: well over a tenth of all calls were acknowledged puts.
        assertThat(acknowledged.size()).as("acknowledged puts").isGreaterThan(THREADS * OPERATIONS_PER_THREAD / 10);
    }

    private static void operate(
            ThreadLocalRandom random,
            String secret,
            int thread,
            int i,
            List<String> sharedTokens,
            Map<String, String> acknowledged) {
        int choice = random.nextInt(100);
        if (choice < 40) {
            String value = "t" + thread + "-" + i;
            record(
                    acknowledged,
                    secret,
                    client.putSecretValue(r -> r.secretId(secret).secretString(value)),
                    value);
        } else if (choice < 55) {
            String value = "pending-" + thread + "-" + i;
            String label = random.nextBoolean() ? "AWSPENDING" : "custom" + random.nextInt(3);
            record(
                    acknowledged,
                    secret,
                    client.putSecretValue(
                            r -> r.secretId(secret).secretString(value).versionStages(label)),
                    value);
        } else if (choice < 65) {
            String value = "explicit-current-" + thread + "-" + i;
            record(
                    acknowledged,
                    secret,
                    client.putSecretValue(
                            r -> r.secretId(secret).secretString(value).versionStages("AWSCURRENT", "mine")),
                    value);
        } else if (choice < 75) {
            // A retried token: the same value each time, so every success is the idempotent answer.
            String token = sharedTokens.get(random.nextInt(sharedTokens.size()));
            String value = "shared-" + token;
            record(
                    acknowledged,
                    secret,
                    client.putSecretValue(
                            r -> r.secretId(secret).secretString(value).clientRequestToken(token)),
                    value);
        } else if (choice < 88) {
            SecretSnapshot snapshot = server.secret(secret).orElseThrow();
            String current = snapshot.current().orElseThrow().versionId();
            List<SecretVersion> versions = snapshot.versions();
            String target = versions.get(random.nextInt(versions.size())).versionId();
            client.updateSecretVersionStage(r -> r.secretId(secret)
                    .versionStage("AWSCURRENT")
                    .removeFromVersionId(current)
                    .moveToVersionId(target));
        } else if (choice < 94) {
            client.deleteSecret(r -> r.secretId(secret).recoveryWindowInDays(7L));
        } else {
            client.restoreSecret(r -> r.secretId(secret));
        }
    }

    private static void record(
            Map<String, String> acknowledged, String secret, PutSecretValueResponse response, String value) {
        String previous = acknowledged.putIfAbsent(secret + "/" + response.versionId(), value);
        assertThat(previous == null || previous.equals(value)).isTrue();
    }

    @Test
    void aTokenRetriedFromEightThreadsAtOnceCreatesOneVersion() throws Exception {
        String name = unique("retry");
        client.createSecret(r -> r.name(name).secretString("initial"));
        String token = UUID.randomUUID().toString();
        Set<String> versionIds = ConcurrentHashMap.newKeySet();

        runConcurrently(
                THREADS,
                thread -> versionIds.add(client.putSecretValue(
                                r -> r.secretId(name).secretString("same value").clientRequestToken(token))
                        .versionId()));

        assertThat(versionIds).containsExactly(token);
        assertThat(server.secret(name).orElseThrow().versions()).hasSize(2);
        assertInvariants(server.secret(name).orElseThrow());
    }

    @Test
    void aTokenSentWithDifferentValuesFromEightThreadsHasExactlyOneWinner() throws Exception {
        String name = unique("race");
        client.createSecret(r -> r.name(name).secretString("initial"));
        String token = UUID.randomUUID().toString();
        AtomicInteger successes = new AtomicInteger();
        AtomicInteger conflicts = new AtomicInteger();

        runConcurrently(THREADS, thread -> {
            try {
                client.putSecretValue(
                        r -> r.secretId(name).secretString("value " + thread).clientRequestToken(token));
                successes.incrementAndGet();
            } catch (ResourceExistsException e) {
                conflicts.incrementAndGet();
            }
        });

        assertThat(successes).hasValue(1);
        assertThat(conflicts).hasValue(THREADS - 1);
        String winner = server.secret(name)
                .orElseThrow()
                .version(token)
                .orElseThrow()
                .value()
                .string();
        assertThat(winner).startsWith("value ");
        assertThat(client.getSecretValue(r -> r.secretId(name)).secretString()).isEqualTo(winner);
    }

    @Test
    void createRacingForOneNameHasExactlyOneWinner() throws Exception {
        String name = unique("create");
        AtomicInteger created = new AtomicInteger();
        runConcurrently(THREADS, thread -> {
            try {
                client.createSecret(r -> r.name(name).secretString("from " + thread));
                created.incrementAndGet();
            } catch (ResourceExistsException e) {
                // lost the race, as expected
            }
        });
        assertThat(created).hasValue(1);
        assertThat(server.secret(name).orElseThrow().versions()).hasSize(1);
    }

    /** Exactly one AWSCURRENT, at most one AWSPREVIOUS, every label on at most one version. */
    private static void assertInvariants(SecretSnapshot secret) {
        Map<String, Integer> holders = new HashMap<>();
        for (SecretVersion version : secret.versions()) {
            assertThat(version.stages()).as("labels of %s", version.versionId()).doesNotHaveDuplicates();
            version.stages().forEach(label -> holders.merge(label, 1, Integer::sum));
        }
        assertThat(holders.get("AWSCURRENT"))
                .as("AWSCURRENT holders in %s", secret.name())
                .isEqualTo(1);
        assertThat(holders.getOrDefault("AWSPREVIOUS", 0)).isLessThanOrEqualTo(1);
        assertThat(holders)
                .allSatisfy((label, count) -> assertThat(count).as(label).isEqualTo(1));
    }

    private interface Work {
        void run(int thread) throws Exception;
    }

    /** Starts all threads at once and waits (bounded) for every one; rethrows the first failure. */
    private static void runConcurrently(int threads, Work work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> futures = new ArrayList<>();
        try {
            for (int t = 0; t < threads; t++) {
                int thread = t;
                futures.add(pool.submit(() -> {
                    start.await();
                    work.run(thread);
                    return null;
                }));
            }
            start.countDown();
            Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
            for (Future<?> future : futures) {
                future.get(Math.max(1, Duration.between(Instant.now(), deadline).toMillis()), TimeUnit.MILLISECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
