#!/usr/bin/env bash
# The soak benchmark (not a timed test): simulated weeks of CreateSecret, PutSecretValue,
# GetSecretValue and DeleteSecret over many secrets against the standalone server with its request
# journal on, the server's clock advanced after every round so that recovery windows end and old
# versions are pruned as on AWS. It samples the server's RSS, threads, open files and heap after a
# full GC, checks that every acknowledged write is read back, and says whether memory stays flat:
#
#   bench/soak.sh
#
# It builds the standalone jar (Maven), compiles bench/src, starts the server on a free loopback
# port, runs bench/src/.../Soak.java against it, stops it by its process id and prints a table and
# name=value lines (also in bench/target/soak-results.txt). Never part of `mvn verify`.
#
# Environment (all optional):
#   SOAK_ROUNDS          rounds; the clock advances after each (360: 60 days at 4 h a round; the
#                        first 31 days, the longest recovery window and a day, are warm-up)
#   SOAK_SECRETS         names in play (200)
#   SOAK_HOURS_PER_ROUND simulated hours per round (4)
#   SOAK_PUTS_PER_ROUND  PutSecretValue calls per live secret per round (5)
#   SOAK_WORKERS         client threads, each owning a share of the secrets (4)
#   SOAK_SAMPLES         samples over the run, each with a full GC by jcmd (36)
#   SOAK_SEED            seed of the workload's choices (1)
#   BENCH_SKIP_BUILD     =1 to reuse standalone/target/mock-secrets-manager-standalone.jar
#   MSM_JAVA_OPTS        JVM flags for the server (default: the recommended flags of bench/README.md
#                        without the CDS archive, plus -XX:+AlwaysPreTouch: see bench/README.md, Soak)
#   MVN                  the Maven command (default: mvn -B -q)
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
work=$here/target
rounds=${SOAK_ROUNDS:-360}
secrets=${SOAK_SECRETS:-200}
hours_per_round=${SOAK_HOURS_PER_ROUND:-4}
puts_per_round=${SOAK_PUTS_PER_ROUND:-5}
workers=${SOAK_WORKERS:-4}
samples=${SOAK_SAMPLES:-36}
seed=${SOAK_SEED:-1}
mvn_cmd=${MVN:-mvn -B -q}
# The recommended flags, with the fixed heap touched at start: otherwise RSS rises for a long time
# while the JVM first touches heap pages it already owns (up to -Xmx), which is no leak.
java_opts=${MSM_JAVA_OPTS:--XX:+UseParallelGC -XX:-UseAdaptiveSizePolicy -Xms256m -Xmx256m -Xmn8m -XX:MaxTenuringThreshold=0 -XX:TieredStopAtLevel=1 -XX:-UsePerfData -XX:+AlwaysPreTouch}

mkdir -p "$work"
log() { echo "[soak] $*" >&2; }
results=$work/soak-results.txt
: >"$results"

command -v jcmd >/dev/null || { log "jcmd (from the JDK) is needed for the heap samples"; exit 1; }
if [ "${BENCH_SKIP_BUILD:-0}" != 1 ]; then
    log "building standalone (mvn package, tests skipped)"
    (cd "$root" && $mvn_cmd package -pl standalone -am -DskipTests -Dmaven.javadoc.skip=true \
        -Dmaven.source.skip=true -Djacoco.skip=true -Dspotless.check.skip=true)
fi
jar=$root/standalone/target/mock-secrets-manager-standalone.jar
[ -f "$jar" ] || { log "no standalone jar at $jar"; exit 1; }
# The journal stays on at the standalone server's default size, as users run it (whatever
# MSM_JOURNAL_SIZE says here): the default is read from --help and passed explicitly.
journal_size=$(env -u MSM_JOURNAL_SIZE java -jar "$jar" --help 2>&1 | sed -n 's/.*--journal-size.*default \([0-9]*\).*/\1/p')
[ -n "$journal_size" ] || { log "could not read the default --journal-size from --help"; exit 1; }
classes=$work/soak-classes
rm -rf "$classes" && mkdir -p "$classes"
javac -nowarn -d "$classes" "$here"/src/io/github/mocksecretsmanager/bench/Soak.java

# shellcheck source=ports.sh
. "$here/ports.sh"
server_pid=
stop_server() { # only the server this script started, by its pid
    [ -n "$server_pid" ] || return 0
    kill -TERM "$server_pid" 2>/dev/null || true
    wait "$server_pid" 2>/dev/null || true
    server_pid=
}
trap stop_server EXIT

for attempt in 1 2 3; do
    port=$(free_port)
    java $java_opts -jar "$jar" --port "$port" --journal-size "$journal_size" >"$work/soak-server.log" 2>&1 &
    server_pid=$!
    deadline=$((EPOCHSECONDS + 60))
    until curl -sf -o /dev/null "http://127.0.0.1:$port/__admin/health"; do
        kill -0 "$server_pid" 2>/dev/null && [ "$EPOCHSECONDS" -lt "$deadline" ] || { stop_server; break; }
        sleep 0.05
    done
    [ -n "$server_pid" ] && break
done
[ -n "$server_pid" ] || { log "the server did not start; see $work/soak-server.log"; exit 1; }

machine="$(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GB", $2 / 1048576 }' /proc/meminfo), $(java -version 2>&1 | sed -n 1p)"
log "soak: $rounds rounds of $hours_per_round h, $secrets secrets, server pid $server_pid on port $port"
echo "Machine: $machine"
echo "Server JVM flags: $java_opts"
echo "Workload: $secrets secrets, $rounds rounds of $hours_per_round simulated hours, $puts_per_round puts and 1 read per live secret per round, $workers client threads"
echo
java -XX:+UseSerialGC -cp "$classes" io.github.mocksecretsmanager.bench.Soak "http://127.0.0.1:$port" \
    "$server_pid" "$results" "$rounds" "$secrets" "$hours_per_round" "$puts_per_round" "$workers" \
    "$samples" "$journal_size" "$seed"
kill -0 "$server_pid" 2>/dev/null || { log "the server died during the soak; see $work/soak-server.log"; exit 1; }
stop_server
echo "soak_machine=$machine" >>"$results"
echo "soak_java_opts=$java_opts" >>"$results"

value() { grep -m1 "^$1=" "$results" | cut -d= -f2- || true; }
echo
echo "RSS, last third vs first third after warm-up: $(value soak_rss_last_third_max_mb) vs $(value soak_rss_first_third_max_mb) MB (target: at most +10%): $(value target_soak_rss_flat)"
echo "Heap after a full GC: $(value soak_heap_last_third_max_mb) vs $(value soak_heap_first_third_max_mb) MB (target: at most +10% or +2 MB): $(value target_soak_heap_flat)"
echo "Threads: $(value soak_threads_last_third_max) vs $(value soak_threads_first_third_max) (target: at most +2): $(value target_soak_threads_flat)"
echo "Open files: $(value soak_fds_last_third_max) vs $(value soak_fds_first_third_max) (target: at most +2): $(value target_soak_fds_flat)"
echo "Journal entries: at most $(value soak_journal_entries_max) (target: at most $journal_size): $(value target_soak_journal_bounded)"
echo "Lost writes: $(value soak_lost_writes) of $(value soak_acknowledged_writes) acknowledged, unexpected answers: $(value soak_unexpected_answers): $(value target_soak_no_lost_writes)"
echo "5xx answers: $(value soak_5xx): $(value target_soak_no_5xx)"
echo
echo "# name=value"
cat "$results"
grep -q '=FAIL$' "$results" && exit 1 || true
