package io.github.mocksecretsmanager.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mocksecretsmanager.MockSecretsManagerServer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.secretsmanager.model.SecretsManagerException;

/**
 * {@code stop()} while clients are mid-request: every call completes, or fails with a connection
 * error (or a retryable 503) within its timeout; none hangs, none sees another 5xx.
 */
class GracefulStopTest {

    private static final int THREADS = 8;
    private static final Duration CALL_TIMEOUT = Duration.ofSeconds(5);
    /** Far above the call timeout: a call that took longer hung. */
    private static final long HANG_MILLIS = CALL_TIMEOUT.toMillis() + 10_000;

    @Test
    void stoppingUnderLoadLeavesNoCallHangingAndNoConfusingAnswer() throws Exception {
        MockSecretsManagerServer server = MockSecretsManagerServer.start();
        for (int t = 0; t < THREADS; t++) {
            server.createSecret("load-" + t, "v0");
        }
        AtomicBoolean done = new AtomicBoolean();
        AtomicLong succeeded = new AtomicLong();
        AtomicLong slowest = new AtomicLong();
        Map<String, Integer> failures = new ConcurrentHashMap<>();
        List<String> unexpected = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<Future<?>> workers = new ArrayList<>();
        try {
            for (int t = 0; t < THREADS; t++) {
                String secret = "load-" + t;
                workers.add(pool.submit(() -> {
                    try (SecretsManagerClient client = SecretsManagerClient.builder()
                            .endpointOverride(server.endpoint())
                            .region(Region.US_EAST_1)
                            .credentialsProvider(
                                    StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
                            .httpClient(UrlConnectionHttpClient.create())
                            .overrideConfiguration(c -> c.apiCallTimeout(CALL_TIMEOUT))
                            .build()) {
                        for (int i = 0; !done.get(); i++) {
                            int n = i;
                            long start = System.nanoTime();
                            try {
                                if (n % 2 == 0) {
                                    client.putSecretValue(
                                            r -> r.secretId(secret).secretString("v" + n));
                                } else {
                                    client.getSecretValue(r -> r.secretId(secret));
                                }
                                succeeded.incrementAndGet();
                            } catch (SecretsManagerException e) {
                                // A 503 from a stopping server is retryable; any other error is not expected.
                                String kind = e.statusCode() + " "
                                        + e.awsErrorDetails().errorCode();
                                failures.merge(kind, 1, Integer::sum);
                                if (e.statusCode() != 503) {
                                    synchronized (unexpected) {
                                        unexpected.add(kind);
                                    }
                                }
                            } catch (SdkClientException e) {
                                failures.merge(e.getClass().getSimpleName(), 1, Integer::sum);
                            }
                            slowest.accumulateAndGet(
                                    TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start), Math::max);
                        }
                    }
                    return null;
                }));
            }
            // Load first, then stop mid-way, then keep calling the stopped server for a while.
            while (succeeded.get() < 200) {
                Thread.sleep(10);
            }
            server.stop();
            Thread.sleep(1_000);
            done.set(true);
            for (Future<?> worker : workers) {
                worker.get(HANG_MILLIS * 3, TimeUnit.MILLISECONDS);
            }
        } finally {
            done.set(true);
            pool.shutdownNow();
            server.stop();
        }
        assertThat(slowest.get()).as("the slowest call, in ms").isLessThan(HANG_MILLIS);
        assertThat(unexpected).as("failures " + failures).isEmpty();
        assertThat(failures).as("calls after the stop fail").isNotEmpty();
    }
}
