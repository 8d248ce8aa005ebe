package io.github.mocksecretsmanager.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The soak: many rounds of CreateSecret, PutSecretValue, GetSecretValue and DeleteSecret (with a
 * recovery window or forced) over a fixed set of names, the server's clock advanced after every round
 * so that recovery windows end and old versions are pruned. Each secret belongs to one worker, which
 * knows the last value it was acknowledged and checks that GetSecretValue answers exactly that.
 * Every few rounds it samples the server process (RSS, threads, open files, heap after a full GC) and
 * what it holds (secrets, versions, journal entries), printing one table row per sample; at the end
 * it writes {@code name=value} lines, with verdicts, to the results file. Values never reach output.
 *
 * <pre>java -cp bench/target/classes io.github.mocksecretsmanager.bench.Soak
 *     http://127.0.0.1:PORT SERVER_PID RESULTS_FILE ROUNDS SECRETS HOURS_PER_ROUND PUTS_PER_ROUND
 *     WORKERS SAMPLES JOURNAL_SIZE SEED</pre>
 */
public final class Soak {

    private static final String AUTH = "AWS4-HMAC-SHA256 Credential=test/20260101/us-east-1/secretsmanager/aws4_request,"
            + " SignedHeaders=host, Signature=0";
    /** Mean simulated life of a secret between its creation and its DeleteSecret. */
    private static final double MEAN_LIFE_HOURS = 10 * 24;
    /** The share of deletions that are forced (ForceDeleteWithoutRecovery) rather than windowed. */
    private static final double FORCED_SHARE = 0.3;
    /** Samples before the longest recovery window (30 days) plus a day has passed are warm-up. */
    private static final Duration WARM_UP = Duration.ofDays(31);
    private static final double RSS_TOLERANCE = 0.10;
    private static final double HEAP_TOLERANCE = 0.10;
    private static final double HEAP_SLACK_MB = 2;
    /** Allows for a thread started on demand, or a connection opening, at the moment of a sample. */
    private static final int THREAD_SLACK = 2;
    private static final int FD_SLACK = 2;
    private static final Pattern USED_HEAP =
            Pattern.compile("(?m)^\\s*(?!Metaspace|class space)\\S.*total \\d+K, used (\\d+)K");

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final URI endpoint;
    private final long serverPid;
    private final AtomicLong requests = new AtomicLong();
    private final AtomicLong serverErrors = new AtomicLong();
    private final AtomicLong unexpectedAnswers = new AtomicLong();
    private final AtomicLong lostWrites = new AtomicLong();
    private final AtomicLong acknowledgedWrites = new AtomicLong();
    private final AtomicLong verifiedReads = new AtomicLong();
    private final AtomicLong windowedDeletes = new AtomicLong();
    private final AtomicLong forcedDeletes = new AtomicLong();
    private final AtomicLong recreates = new AtomicLong();
    private volatile Instant now;

    private Soak(URI endpoint, long serverPid) {
        this.endpoint = endpoint;
        this.serverPid = serverPid;
    }

    public static void main(String[] args) throws Exception {
        URI endpoint = URI.create(args[0]);
        Soak soak = new Soak(endpoint, Long.parseLong(args[1]));
        Settings settings = new Settings(
                Integer.parseInt(args[3]),
                Integer.parseInt(args[4]),
                Integer.parseInt(args[5]),
                Integer.parseInt(args[6]),
                Integer.parseInt(args[7]),
                Integer.parseInt(args[8]),
                Integer.parseInt(args[9]),
                Long.parseLong(args[10]));
        List<String> results = soak.run(settings);
        Files.write(Path.of(args[2]), results, StandardCharsets.UTF_8);
    }

    record Settings(
            int rounds,
            int secrets,
            int hoursPerRound,
            int putsPerRound,
            int workers,
            int samples,
            int journalSize,
            long seed) {}

    record Sample(
            int round,
            double simulatedDays,
            long requests,
            double rssMb,
            double heapMb,
            int threads,
            int fds,
            int secretsStored,
            int scheduled,
            int versionsStored,
            int maxVersionsOfOneSecret,
            int journalEntries) {}

    private enum State { ABSENT, LIVE, SCHEDULED }

    /** One name's life as this driver knows it. */
    private final class TrackedSecret {
        final String name;
        State state = State.ABSENT;
        String currentVersionId;
        String currentValue;
        Instant deletionDate;

        TrackedSecret(String name) {
            this.name = name;
        }

        void playRound(Random random, int putsPerRound, double deleteChance) {
            if (state == State.SCHEDULED && !now.isBefore(deletionDate)) {
                state = State.ABSENT; // the recovery window has ended: the name must be free again
                recreates.incrementAndGet();
            }
            switch (state) {
                case ABSENT -> create();
                case LIVE -> {
                    if (random.nextDouble() < deleteChance) {
                        verifyCurrent();
                        delete(random);
                    } else {
                        for (int i = 0; i < putsPerRound; i++) {
                            put();
                        }
                        verifyCurrent();
                    }
                }
                case SCHEDULED -> { }
            }
        }

        void create() {
            String token = UUID.randomUUID().toString();
            String value = newValue();
            HttpResponse<String> answer = call("CreateSecret", "{\"Name\":\"" + name + "\",\"SecretString\":\"" + value
                    + "\",\"ClientRequestToken\":\"" + token + "\"}");
            if (expect200(answer, "CreateSecret")) {
                acknowledged(token, value);
                state = State.LIVE;
            }
        }

        void put() {
            String token = UUID.randomUUID().toString();
            String value = newValue();
            HttpResponse<String> answer = call("PutSecretValue", "{\"SecretId\":\"" + name + "\",\"SecretString\":\""
                    + value + "\",\"ClientRequestToken\":\"" + token + "\"}");
            if (expect200(answer, "PutSecretValue")) {
                acknowledged(token, value);
            }
        }

        private void acknowledged(String versionId, String value) {
            currentVersionId = versionId;
            currentValue = value;
            acknowledgedWrites.incrementAndGet();
        }

        /** The last acknowledged write must be what AWSCURRENT answers, value and version. */
        void verifyCurrent() {
            HttpResponse<String> answer = call("GetSecretValue", "{\"SecretId\":\"" + name + "\"}");
            if (!expect200(answer, "GetSecretValue")) {
                lostWrites.incrementAndGet();
                return;
            }
            boolean same = currentVersionId.equals(field(answer.body(), "VersionId"))
                    && currentValue.equals(field(answer.body(), "SecretString"));
            if (same) {
                verifiedReads.incrementAndGet();
            } else {
                lostWrites.incrementAndGet();
                System.err.println("[soak] " + name + ": GetSecretValue did not answer the last acknowledged"
                        + " version " + currentVersionId + " (value not shown)");
            }
        }

        void delete(Random random) {
            if (random.nextDouble() < FORCED_SHARE) {
                HttpResponse<String> answer = call("DeleteSecret",
                        "{\"SecretId\":\"" + name + "\",\"ForceDeleteWithoutRecovery\":true}");
                if (expect200(answer, "DeleteSecret")) {
                    forcedDeletes.incrementAndGet();
                    state = State.ABSENT; // created again next round
                }
                return;
            }
            int days = 7 + random.nextInt(24); // 7 to 30, AWS's range
            HttpResponse<String> answer = call("DeleteSecret",
                    "{\"SecretId\":\"" + name + "\",\"RecoveryWindowInDays\":" + days + "}");
            if (expect200(answer, "DeleteSecret")) {
                windowedDeletes.incrementAndGet();
                double seconds = Double.parseDouble(number(answer.body(), "DeletionDate"));
                deletionDate = Instant.ofEpochMilli((long) Math.ceil(seconds * 1000));
                state = State.SCHEDULED;
            }
        }
    }

    private static String newValue() {
        return "{\\\"password\\\":\\\"" + UUID.randomUUID() + "\\\"}";
    }

    private List<String> run(Settings settings) throws Exception {
        now = clock(null);
        Instant start = now;
        List<TrackedSecret> secrets = new ArrayList<>();
        String runId = UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < settings.secrets(); i++) {
            secrets.add(new TrackedSecret(String.format(Locale.ROOT, "soak/%s/secret-%04d", runId, i)));
        }
        double deleteChance = settings.hoursPerRound() / MEAN_LIFE_HOURS;
        int sampleEvery = Math.max(1, settings.rounds() / settings.samples());
        ExecutorService pool = Executors.newFixedThreadPool(settings.workers());
        List<Random> randoms = new ArrayList<>();
        for (int w = 0; w < settings.workers(); w++) {
            randoms.add(new Random(settings.seed() * 31 + w));
        }
        List<Sample> samples = new ArrayList<>();
        printHeader();
        long startNanos = System.nanoTime();
        samples.add(sample(0, start));
        for (int round = 1; round <= settings.rounds(); round++) {
            List<Callable<Void>> work = new ArrayList<>();
            for (int w = 0; w < settings.workers(); w++) {
                int worker = w;
                work.add(() -> {
                    for (int i = worker; i < secrets.size(); i += settings.workers()) {
                        secrets.get(i).playRound(randoms.get(worker), settings.putsPerRound(), deleteChance);
                    }
                    return null;
                });
            }
            for (var done : pool.invokeAll(work)) {
                done.get();
            }
            now = clock("PT" + settings.hoursPerRound() + "H");
            if (round % sampleEvery == 0 || round == settings.rounds()) {
                samples.add(sample(round, start));
            }
        }
        double wallSeconds = (System.nanoTime() - startNanos) / 1e9;
        pool.shutdown();
        for (TrackedSecret secret : secrets) { // a last check of every live secret
            if (secret.state == State.LIVE) {
                secret.verifyCurrent();
            }
        }
        return results(settings, samples, start, wallSeconds);
    }

    // ---------------------------------------------------------------------------------------------
    // sampling

    private Sample sample(int round, Instant start) throws IOException, InterruptedException {
        double heapMb = heapAfterFullGc();
        String status = Files.readString(Path.of("/proc/" + serverPid + "/status"));
        int fds;
        try (Stream<Path> open = Files.list(Path.of("/proc/" + serverPid + "/fd"))) {
            fds = (int) open.count();
        }
        String secrets = admin("secrets");
        int stored = 0;
        int maxVersions = 0;
        for (String secret : secrets.split("\"name\":", -1)) {
            if (secret.contains("\"versions\"")) {
                stored++;
                maxVersions = Math.max(maxVersions, count(secret, "\"versionId\""));
            }
        }
        Sample sample = new Sample(
                round,
                Duration.between(start, now).toMinutes() / (24 * 60.0),
                requests.get(),
                statusKb(status, "VmRSS") / 1024.0,
                heapMb,
                (int) statusKb(status, "Threads"),
                fds,
                stored,
                count(secrets, "\"scheduledForDeletion\":true"),
                count(secrets, "\"versionId\""),
                maxVersions,
                count(admin("requests"), "\"sequence\""));
        printRow(sample);
        return sample;
    }

    /** Used heap after {@code jcmd PID GC.run}, from {@code GC.heap_info}: one jcmd for both. */
    private double heapAfterFullGc() throws IOException, InterruptedException {
        Path commands = Files.createTempFile("soak-jcmd", ".txt");
        try {
            Files.writeString(commands, "GC.run\nGC.heap_info\n");
            Process jcmd = new ProcessBuilder("jcmd", Long.toString(serverPid), "-f", commands.toString())
                    .redirectErrorStream(true)
                    .start();
            String out = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            jcmd.waitFor();
            long usedKb = 0;
            Matcher used = USED_HEAP.matcher(out);
            while (used.find()) {
                usedKb += Long.parseLong(used.group(1));
            }
            return usedKb / 1024.0;
        } finally {
            Files.deleteIfExists(commands);
        }
    }

    private static long statusKb(String status, String key) {
        Matcher m = Pattern.compile("(?m)^" + key + ":\\s+(\\d+)").matcher(status);
        return m.find() ? Long.parseLong(m.group(1)) : -1;
    }

    private static int count(String text, String needle) {
        int n = 0;
        for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + needle.length())) {
            n++;
        }
        return n;
    }

    private static void printHeader() {
        System.out.printf(Locale.ROOT, "%6s %6s %10s %7s %7s %7s %5s %7s %9s %8s %14s %7s%n",
                "round", "day", "requests", "rss_mb", "heap_mb", "threads", "fds", "secrets", "scheduled",
                "versions", "per_secret_max", "journal");
    }

    private static void printRow(Sample s) {
        System.out.printf(Locale.ROOT, "%6d %6.1f %10d %7.1f %7.1f %7d %5d %7d %9d %8d %14d %7d%n",
                s.round(), s.simulatedDays(), s.requests(), s.rssMb(), s.heapMb(), s.threads(), s.fds(),
                s.secretsStored(), s.scheduled(), s.versionsStored(), s.maxVersionsOfOneSecret(),
                s.journalEntries());
    }

    // ---------------------------------------------------------------------------------------------
    // results and verdicts

    private List<String> results(Settings settings, List<Sample> samples, Instant start, double wallSeconds) {
        List<Sample> measured = samples.stream()
                .filter(s -> s.simulatedDays() * 24 >= WARM_UP.toHours())
                .toList();
        if (measured.size() < 3) {
            measured = samples.subList(samples.size() / 3, samples.size()); // a short run: the last two thirds
        }
        int third = Math.max(1, measured.size() / 3);
        List<Sample> first = measured.subList(0, third);
        List<Sample> last = measured.subList(measured.size() - third, measured.size());
        double rssFirst = max(first, Sample::rssMb);
        double rssLast = max(last, Sample::rssMb);
        double heapFirst = max(first, Sample::heapMb);
        double heapLast = max(last, Sample::heapMb);
        double threadsFirst = max(first, s -> s.threads());
        double threadsLast = max(last, s -> s.threads());
        double fdsFirst = max(first, s -> s.fds());
        double fdsLast = max(last, s -> s.fds());
        double journalMax = max(samples, s -> s.journalEntries());

        List<String> out = new ArrayList<>();
        out.add("soak_rounds=" + settings.rounds());
        out.add("soak_secrets=" + settings.secrets());
        out.add("soak_hours_per_round=" + settings.hoursPerRound());
        out.add("soak_puts_per_round=" + settings.putsPerRound());
        out.add("soak_workers=" + settings.workers());
        out.add(fmt("soak_simulated_days=%.1f", Duration.between(start, now).toMinutes() / (24 * 60.0)));
        out.add(fmt("soak_wall_s=%.0f", wallSeconds));
        out.add("soak_requests=" + requests.get());
        out.add(fmt("soak_requests_per_s=%.0f", requests.get() / wallSeconds));
        out.add("soak_acknowledged_writes=" + acknowledgedWrites.get());
        out.add("soak_verified_reads=" + verifiedReads.get());
        out.add("soak_windowed_deletes=" + windowedDeletes.get());
        out.add("soak_forced_deletes=" + forcedDeletes.get());
        out.add("soak_recreated_after_window=" + recreates.get());
        out.add("soak_lost_writes=" + lostWrites.get());
        out.add("soak_5xx=" + serverErrors.get());
        out.add("soak_unexpected_answers=" + unexpectedAnswers.get());
        out.add("soak_samples_measured=" + measured.size() + " (after day " + WARM_UP.toDays() + ")");
        out.add(fmt("soak_rss_first_third_max_mb=%.1f", rssFirst));
        out.add(fmt("soak_rss_last_third_max_mb=%.1f", rssLast));
        out.add(fmt("soak_rss_growth_pct=%.1f", 100 * (rssLast - rssFirst) / rssFirst));
        out.add(fmt("soak_heap_first_third_max_mb=%.1f", heapFirst));
        out.add(fmt("soak_heap_last_third_max_mb=%.1f", heapLast));
        out.add(fmt("soak_threads_first_third_max=%.0f", threadsFirst));
        out.add(fmt("soak_threads_last_third_max=%.0f", threadsLast));
        out.add(fmt("soak_fds_first_third_max=%.0f", fdsFirst));
        out.add(fmt("soak_fds_last_third_max=%.0f", fdsLast));
        out.add(fmt("soak_secrets_stored_max=%.0f", max(samples, s -> s.secretsStored())));
        out.add(fmt("soak_versions_stored_max=%.0f", max(samples, s -> s.versionsStored())));
        out.add(fmt("soak_versions_of_one_secret_max=%.0f", max(samples, s -> s.maxVersionsOfOneSecret())));
        out.add(fmt("soak_journal_entries_max=%.0f", journalMax));
        out.add("soak_journal_size=" + settings.journalSize());
        out.add("target_soak_rss_flat=" + verdict(rssLast <= rssFirst * (1 + RSS_TOLERANCE)));
        out.add("target_soak_heap_flat="
                + verdict(heapLast <= Math.max(heapFirst * (1 + HEAP_TOLERANCE), heapFirst + HEAP_SLACK_MB)));
        out.add("target_soak_threads_flat=" + verdict(threadsLast <= threadsFirst + THREAD_SLACK));
        out.add("target_soak_fds_flat=" + verdict(fdsLast <= fdsFirst + FD_SLACK));
        out.add("target_soak_journal_bounded=" + verdict(journalMax <= settings.journalSize()));
        out.add("target_soak_no_lost_writes="
                + verdict(lostWrites.get() == 0 && verifiedReads.get() > 0 && unexpectedAnswers.get() == 0));
        out.add("target_soak_no_5xx=" + verdict(serverErrors.get() == 0));
        return out;
    }

    private interface Metric {
        double of(Sample sample);
    }

    private static double max(List<Sample> samples, Metric metric) {
        return samples.stream().mapToDouble(metric::of).max().orElse(Double.NaN);
    }

    private static String verdict(boolean pass) {
        return pass ? "PASS" : "FAIL";
    }

    private static String fmt(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }

    // ---------------------------------------------------------------------------------------------
    // HTTP

    private HttpResponse<String> call(String operation, String body) {
        HttpRequest request = HttpRequest.newBuilder(endpoint)
                .header("Content-Type", "application/x-amz-json-1.1")
                .header("X-Amz-Target", "secretsmanager." + operation)
                .header("Authorization", AUTH)
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        requests.incrementAndGet();
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(operation + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** True for 200; otherwise counts the answer (5xx apart) and prints its status and error type. */
    private boolean expect200(HttpResponse<String> answer, String operation) {
        if (answer.statusCode() == 200) {
            return true;
        }
        if (answer.statusCode() >= 500) {
            serverErrors.incrementAndGet();
        } else {
            unexpectedAnswers.incrementAndGet();
        }
        System.err.println("[soak] " + operation + " answered " + answer.statusCode() + " "
                + field(answer.body(), "__type"));
        return false;
    }

    private String admin(String path) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(endpoint.resolve("/__admin/" + path)).GET().build();
        return client.send(request, HttpResponse.BodyHandlers.ofString()).body();
    }

    /** Advances the server's clock by {@code advance} (ISO-8601), or only reads it; answers its time. */
    private Instant clock(String advance) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(endpoint.resolve("/__admin/clock"));
        if (advance != null) {
            request.POST(HttpRequest.BodyPublishers.ofString("{\"advance\":\"" + advance + "\"}"));
        }
        HttpResponse<String> answer = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("the admin clock answered " + answer.statusCode());
        }
        return Instant.parse(field(answer.body(), "now"));
    }

    /** A string member of a flat JSON answer; the values this driver writes carry only escaped quotes. */
    private static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\":\"((?:[^\"\\\\]|\\\\.)*)\"").matcher(json);
        return m.find() ? m.group(1) : null;
    }

    private static String number(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\":([0-9.Ee+-]+)").matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("no " + name + " in the answer");
        }
        return m.group(1);
    }
}
