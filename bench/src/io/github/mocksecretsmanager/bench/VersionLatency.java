package io.github.mocksecretsmanager.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;

/**
 * Put latency against the number of versions a secret already holds. For each level it creates
 * {@code repeats} secrets and fills each with {@code level} versions (untimed), then times
 * {@code window} PutSecretValue calls per secret, one at a time over one keep-alive connection,
 * interleaving the levels so machine noise hits them alike. Prints {@code name=value} lines:
 * {@code <prefix>_put_after_<level>_p50_us} and {@code ..._p99_us}.
 *
 * <pre>java -cp bench/target/classes io.github.mocksecretsmanager.bench.VersionLatency
 *     http://127.0.0.1:PORT PREFIX LEVELS(10,1000,10000) REPEATS WINDOW FILL_CONCURRENCY</pre>
 */
public final class VersionLatency {

    private static final int WARMUP_PUTS = 5_000;

    private final HttpClient client =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final URI endpoint;
    private final int fillConcurrency;

    private VersionLatency(URI endpoint, int fillConcurrency) {
        this.endpoint = endpoint;
        this.fillConcurrency = fillConcurrency;
    }

    public static void main(String[] args) throws Exception {
        URI endpoint = URI.create(args[0]);
        String prefix = args[1];
        int[] levels = Arrays.stream(args[2].split(",")).mapToInt(Integer::parseInt).toArray();
        int repeats = Integer.parseInt(args[3]);
        int window = Integer.parseInt(args[4]);
        int fillConcurrency = Integer.parseInt(args[5]);
        new VersionLatency(endpoint, fillConcurrency).run(prefix, levels, repeats, window);
    }

    private void run(String prefix, int[] levels, int repeats, int window) throws Exception {
        String runId = UUID.randomUUID().toString().substring(0, 8);
        String warmup = "vl-" + runId + "-warmup";
        create(warmup);
        fill(warmup, WARMUP_PUTS);
        String[][] secrets = new String[levels.length][repeats];
        for (int l = 0; l < levels.length; l++) {
            for (int r = 0; r < repeats; r++) {
                secrets[l][r] = "vl-" + runId + "-" + levels[l] + "-" + r;
                create(secrets[l][r]);
                fill(secrets[l][r], levels[l]);
            }
        }
        List<List<Long>> samples = new ArrayList<>();
        for (int l = 0; l < levels.length; l++) {
            samples.add(new ArrayList<>());
        }
        for (int i = 0; i < window; i++) {
            for (int r = 0; r < repeats; r++) {
                for (int l = 0; l < levels.length; l++) {
                    long start = System.nanoTime();
                    put(secrets[l][r]);
                    samples.get(l).add((System.nanoTime() - start) / 1_000);
                }
            }
        }
        for (int l = 0; l < levels.length; l++) {
            long[] sorted = samples.get(l).stream().mapToLong(Long::longValue).sorted().toArray();
            System.out.printf(Locale.ROOT, "%s_put_after_%d_p50_us=%d%n", prefix, levels[l], percentile(sorted, 50));
            System.out.printf(Locale.ROOT, "%s_put_after_%d_p99_us=%d%n", prefix, levels[l], percentile(sorted, 99));
        }
    }

    private static long percentile(long[] sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    private void create(String name) throws IOException, InterruptedException {
        expect200(client.send(request("CreateSecret", "{\"Name\":\"" + name + "\"}"), HttpResponse.BodyHandlers.ofString()));
    }

    private void put(String name) throws IOException, InterruptedException {
        expect200(client.send(putRequest(name), HttpResponse.BodyHandlers.ofString()));
    }

    private void fill(String name, int versions) throws InterruptedException {
        Semaphore inFlight = new Semaphore(fillConcurrency);
        List<CompletableFuture<?>> calls = new ArrayList<>();
        for (int i = 0; i < versions; i++) {
            inFlight.acquire();
            calls.add(client.sendAsync(putRequest(name), HttpResponse.BodyHandlers.ofString())
                    .whenComplete((response, failure) -> inFlight.release())
                    .thenAccept(VersionLatency::expect200));
        }
        CompletableFuture.allOf(calls.toArray(new CompletableFuture<?>[0])).join();
    }

    private HttpRequest putRequest(String name) {
        return request(
                "PutSecretValue",
                "{\"SecretId\":\"" + name + "\",\"SecretString\":\"{\\\"password\\\":\\\"" + UUID.randomUUID()
                        + "\\\"}\",\"ClientRequestToken\":\"" + UUID.randomUUID() + "\"}");
    }

    private HttpRequest request(String operation, String body) {
        return HttpRequest.newBuilder(endpoint)
                .header("Content-Type", "application/x-amz-json-1.1")
                .header("X-Amz-Target", "secretsmanager." + operation)
                // moto routes by the signing scope; our server ignores this header.
                .header("Authorization", "AWS4-HMAC-SHA256 Credential=test/20260101/us-east-1/secretsmanager/aws4_request,"
                        + " SignedHeaders=host, Signature=0")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
    }

    private static void expect200(HttpResponse<String> response) {
        if (response.statusCode() != 200) {
            throw new IllegalStateException("HTTP " + response.statusCode() + ": " + response.body());
        }
    }
}
