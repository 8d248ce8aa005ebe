#!/usr/bin/env bash
# The benchmark: this project's standalone server side by side with moto_server, plus the ceiling
# (a trivial Undertow handler) on this machine. One command, from a clean clone:
#
#   bench/run.sh
#
# It builds the standalone jar (Maven), compiles bench/src, trains the class-data-sharing archive,
# starts every server on a free loopback port, runs the same workload against each, stops each by
# its process id and prints a table and name=value lines. Never part of `mvn verify`.
#
# Environment (all optional):
#   BENCH_DURATION   seconds of measured wrk load per round (10)
#   BENCH_WARMUP     seconds of wrk warm-up before each round, discarded (3)
#   BENCH_ROUNDS     load rounds per server, interleaved; the best round counts (3)
#   BENCH_STARTS     start-up measurements per server; the median counts (5)
#   BENCH_SKIP_BUILD =1 to reuse standalone/target/mock-secrets-manager-standalone.jar
#   BENCH_ONLY       =startup to measure only the start-ups (the jar plain and with the recommended
#                    flags, the JVM's floor, moto) and the container against its floors
#                    (bench/container.sh): no load rounds, no version latency, no extension overhead
#   MSM_JAVA_OPTS    JVM flags for the standalone server and the ceiling (default: the recommended
#                    flags of bench/README.md, below)
#   MOTO_SERVER      the moto_server command (default: moto_server on PATH)
#   MVN              the Maven command (default: mvn -B -q)
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
work=$here/target
duration=${BENCH_DURATION:-10}
warmup=${BENCH_WARMUP:-3}
rounds=${BENCH_ROUNDS:-3}
starts=${BENCH_STARTS:-5}
only=${BENCH_ONLY:-}
case $only in ''|startup) ;; *) echo "BENCH_ONLY: only 'startup' is known" >&2; exit 2 ;; esac
mvn_cmd=${MVN:-mvn -B -q}
connections=16
wrk_threads=2
secrets=50
version_levels=10,1000,10000
version_window=100
cds_archive=$work/msm.jsa
# Recommended flags (bench/README.md): the parallel collector with a small fixed young
# generation (short pauses, shared by the cores) that promotes at once, and a fixed heap (no
# resizing full collections; untouched pages cost no RSS), C1 only (no C2 compiler memory, faster
# start), and the application CDS archive.
recommended_opts="-XX:+UseParallelGC -XX:-UseAdaptiveSizePolicy -Xms256m -Xmx256m -Xmn8m -XX:MaxTenuringThreshold=0 -XX:TieredStopAtLevel=1 -XX:-UsePerfData -XX:SharedArchiveFile=$cds_archive -Xshare:auto"
java_opts=${MSM_JAVA_OPTS:-$recommended_opts}
auth='AWS4-HMAC-SHA256 Credential=test/20260101/us-east-1/secretsmanager/aws4_request, SignedHeaders=host, Signature=0'

mkdir -p "$work"
log() { echo "[bench] $*" >&2; }
results=$work/results.txt
: >"$results"
record() { echo "$1=$2" >>"$results"; }
value() { grep -m1 "^$1=" "$results" | cut -d= -f2- || true; }

# ---------------------------------------------------------------------------------------------
# tools and build

if [ "$only" != startup ] && ! command -v wrk >/dev/null 2>&1; then
    log "installing wrk (apt)"
    sudo_cmd=
    [ "$(id -u)" = 0 ] || sudo_cmd=sudo
    $sudo_cmd apt-get install -y wrk >/dev/null 2>&1 || { $sudo_cmd apt-get update >/dev/null && $sudo_cmd apt-get install -y wrk >/dev/null; }
fi
moto_cmd=${MOTO_SERVER:-$(command -v moto_server || true)}

modules=standalone
[ -f "$root/junit-extension/pom.xml" ] && modules=$modules,junit-extension
if [ "${BENCH_SKIP_BUILD:-0}" != 1 ]; then
    log "building $modules (mvn package, tests skipped)"
    (cd "$root" && $mvn_cmd package -pl "$modules" -am -DskipTests -Dmaven.javadoc.skip=true \
        -Dmaven.source.skip=true -Djacoco.skip=true -Dspotless.check.skip=true)
fi
jar=$root/standalone/target/mock-secrets-manager-standalone.jar
[ -f "$jar" ] || { log "no standalone jar at $jar"; exit 1; }
rm -rf "$work/classes" && mkdir -p "$work/classes"
javac -nowarn -d "$work/classes" -cp "$jar" "$here"/src/io/github/mocksecretsmanager/bench/*.java

# ---------------------------------------------------------------------------------------------
# processes: free ports, start, readiness, stop by pid

# shellcheck source=ports.sh
. "$here/ports.sh"
# shellcheck source=figures.sh
. "$here/figures.sh"

# http_status PORT METHOD PATH [TARGET]: the status code of one raw HTTP/1.0 request, or nothing.
# Pure bash (no process per poll), so polling does not slow down the server it waits for.
http_status() {
    local fd line= body=
    { exec {fd}<>"/dev/tcp/127.0.0.1/$1"; } 2>/dev/null || return 0
    if [ -n "${4:-}" ]; then
        body='{}'
        printf 'POST %s HTTP/1.0\r\nHost: 127.0.0.1\r\nContent-Type: application/x-amz-json-1.1\r\nX-Amz-Target: %s\r\nAuthorization: %s\r\nContent-Length: 2\r\n\r\n%s' \
            "$3" "$4" "$auth" "$body" >&$fd 2>/dev/null || true
    else
        printf '%s %s HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n' "$2" "$3" >&$fd 2>/dev/null || true
    fi
    IFS=' ' read -r -t 5 _ line _ <&$fd || true
    exec {fd}<&-
    echo "$line"
}

exec {sleep_fd}<> <(:)
nap() { read -r -t "$1" -u "$sleep_fd" _ || true; }   # sleep without forking a process

# A server kind is: how to start it and how to ask whether it answers.
start_server() { # kind port extra-args... ; sets server_pid
    local kind=$1 port=$2
    shift 2
    case $kind in
        msm) java $java_opts -jar "$jar" --port "$port" "$@" >"$work/$kind-$port.log" 2>&1 & ;;
        # the README's plain command: no JVM flags at all
        msm_plain) java -jar "$jar" --port "$port" "$@" >"$work/$kind-$port.log" 2>&1 & ;;
        msm_nojournal) java $java_opts -jar "$jar" --port "$port" --journal-size 0 "$@" >"$work/$kind-$port.log" 2>&1 & ;;
        # the least any Java server takes to answer, started as plainly as msm_plain
        jvm_floor) java -cp "$work/classes" io.github.mocksecretsmanager.bench.JvmFloorServer "$port" \
            >"$work/$kind-$port.log" 2>&1 & ;;
        ceiling) java $java_opts -cp "$jar:$work/classes" io.github.mocksecretsmanager.bench.TrivialServer "$port" \
            >"$work/$kind-$port.log" 2>&1 & ;;
        moto) "$moto_cmd" -p "$port" >"$work/$kind-$port.log" 2>&1 & ;;
    esac
    server_pid=$!
}
answers() { # kind port
    case $1 in
        msm|msm_plain|msm_nojournal|jvm_floor) [ "$(http_status "$2" GET /__admin/health)" = 200 ] ;;
        ceiling) [ "$(http_status "$2" GET /)" = 200 ] ;;
        moto) [ "$(http_status "$2" POST / secretsmanager.ListSecrets)" = 200 ] ;;
    esac
}
wait_ready() { # kind port pid; fails after 60 s
    local deadline=$((${EPOCHSECONDS} + 60))
    until answers "$1" "$2"; do
        kill -0 "$3" 2>/dev/null || { log "$1 exited early; see $work/$1-$2.log"; return 1; }
        [ "$EPOCHSECONDS" -lt "$deadline" ] || { log "$1 did not answer within 60 s"; return 1; }
        nap 0.002
    done
}
launch() { # kind extra-args... ; sets server_pid and server_port, retrying when the port was taken meanwhile
    local kind=$1 attempt
    shift
    for attempt in 1 2 3; do
        server_port=$(free_port)
        start_server "$kind" "$server_port" "$@"
        running+=("$server_pid")
        wait_ready "$kind" "$server_port" "$server_pid" && return 0
        stop_server "$server_pid"
    done
    return 1
}
stop_server() { # pid: only a child of this script, never by name
    kill -TERM "$1" 2>/dev/null || true
    wait "$1" 2>/dev/null || true
    local left=() pid
    for pid in "${running[@]}"; do [ "$pid" = "$1" ] || left+=("$pid"); done
    running=("${left[@]}")
}
running=()
cleanup() { local pid; for pid in "${running[@]}"; do stop_server "$pid"; done; }
trap cleanup EXIT

rss_mb() { awk '/^VmRSS:/ { printf "%.0f", $2 / 1024 }' "/proc/$1/status"; }

call() { # port operation json
    curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$1/" -H 'Content-Type: application/x-amz-json-1.1' \
        -H "X-Amz-Target: secretsmanager.$2" -H "Authorization: $auth" -d "$3"
}
create_bench_secrets() { # port
    local i
    for i in $(seq 0 $((secrets - 1))); do
        [ "$(call "$1" CreateSecret "{\"Name\":\"bench-secret-$i\"}")" = 200 ] || { log "CreateSecret failed"; return 1; }
    done
}

# ---------------------------------------------------------------------------------------------
# the application CDS archive: one training run that drives every operation, dumped at exit

train_cds() {
    if [ -f "$cds_archive" ] && [ "$cds_archive" -nt "$jar" ]; then
        return
    fi
    log "training the class-data-sharing archive $cds_archive"
    rm -f "$cds_archive"
    local port pid
    port=$(free_port)
    java -XX:ArchiveClassesAtExit="$cds_archive" ${java_opts//-XX:SharedArchiveFile=$cds_archive/} \
        -jar "$jar" --port "$port" >"$work/cds-training.log" 2>&1 &
    pid=$!
    running+=("$pid")
    wait_ready msm "$port" "$pid"
    local token=11111111-2222-4333-8444-555555555555
    call "$port" CreateSecret '{"Name":"train","SecretString":"a","ClientRequestToken":"'$token'"}' >/dev/null
    call "$port" PutSecretValue '{"SecretId":"train","SecretString":"b","ClientRequestToken":"21111111-2222-4333-8444-555555555555"}' >/dev/null
    call "$port" GetSecretValue '{"SecretId":"train"}' >/dev/null
    call "$port" DescribeSecret '{"SecretId":"train"}' >/dev/null
    call "$port" ListSecretVersionIds '{"SecretId":"train"}' >/dev/null
    call "$port" UpdateSecretVersionStage '{"SecretId":"train","VersionStage":"X","MoveToVersionId":"'$token'"}' >/dev/null
    call "$port" DeleteSecret '{"SecretId":"train"}' >/dev/null
    call "$port" RestoreSecret '{"SecretId":"train"}' >/dev/null
    call "$port" PutSecretValue '{bad json' >/dev/null
    call "$port" NoSuchOperation '{}' >/dev/null
    curl -s -o /dev/null "http://127.0.0.1:$port/__admin/secrets"
    curl -s -o /dev/null -X POST "http://127.0.0.1:$port/__admin/reset"
    stop_server "$pid"
    [ -f "$cds_archive" ] || log "no CDS archive was written; start-up is measured without it"
}
case $java_opts in *SharedArchiveFile=$cds_archive*) train_cds ;; esac

# ---------------------------------------------------------------------------------------------
# 1. start-to-first-answer, median of $starts, the kinds interleaved (a, b, c, a, b, c, ...)

measure_starts() { # kind...
    local i kind t0
    local -A samples=()
    for i in $(seq 1 "$starts"); do
        for kind in "$@"; do
            t0=$EPOCHREALTIME
            launch "$kind"
            samples[$kind]+="$(awk -v a="$t0" -v b="$EPOCHREALTIME" 'BEGIN { printf "%.0f", (b - a) * 1000 }') "
            stop_server "$server_pid"
        done
    done
    for kind in "$@"; do
        record "${kind}_start_ms" "$(printf '%s\n' ${samples[$kind]} | median)"
        record "${kind}_start_samples_ms" "$(echo ${samples[$kind]} | tr ' ' ,)"
    done
}

# ---------------------------------------------------------------------------------------------
# 2. PutSecretValue load: fresh server per round, warm-up, reset, measured run, RSS

run_id=0
wrk_put() { # port seconds ; prints wrk's name=value lines
    run_id=$((run_id + 1))
    wrk -t"$wrk_threads" -c"$connections" -d"${2}s" --latency -s "$here/put-secret-value.lua" \
        "http://127.0.0.1:$1" -- "$(printf '%x' $(( (RANDOM << 12) ^ run_id )))" "$secrets" | grep '^wrk_'
}
reset_server() { # kind port
    case $1 in
        msm|msm_nojournal) curl -s -o /dev/null -X POST "http://127.0.0.1:$2/__admin/reset" ;;
        moto) curl -s -o /dev/null -X POST "http://127.0.0.1:$2/moto-api/reset" ;;
        ceiling) ;;
    esac
}
load_round() { # kind round
    local kind=$1 round=$2 port out
    launch "$kind"
    port=$server_port
    [ "$kind" = ceiling ] || create_bench_secrets "$port"
    wrk_put "$port" "$warmup" >/dev/null
    reset_server "$kind" "$port"
    [ "$kind" = ceiling ] || create_bench_secrets "$port"
    out=$(wrk_put "$port" "$duration")
    echo "$out" | sed "s/^wrk_/${kind}_r${round}_/" >>"$results"
    record "${kind}_r${round}_rss_mb" "$(rss_mb "$server_pid")"
    stop_server "$server_pid"
}
best_round() { # kind: copies the round with the highest rate to <kind>_<metric>
    local kind=$1 best=0 best_rps=-1 r rps
    for r in $(seq 1 "$rounds"); do
        rps=$(value "${kind}_r${r}_rps")
        [ -n "$rps" ] && [ "$rps" -gt "$best_rps" ] && { best=$r; best_rps=$rps; }
    done
    for metric in rps errors p50_ms p99_ms max_ms rss_mb requests; do
        record "${kind}_put_${metric}" "$(value "${kind}_r${best}_${metric}")"
    done
    local all_rss
    all_rss=$(for r in $(seq 1 "$rounds"); do value "${kind}_r${r}_rss_mb"; done | sort -n | tail -1)
    record "${kind}_rss_after_load_max_mb" "$all_rss"
}

# ---------------------------------------------------------------------------------------------
# 3. put latency after 10, 1,000 and 10,000 versions in one secret

version_latency() { # kind repeats fill-concurrency
    local port
    launch "$1"
    port=$server_port
    java -XX:+UseSerialGC -cp "$work/classes" io.github.mocksecretsmanager.bench.VersionLatency \
        "http://127.0.0.1:$port" "$1" "$version_levels" "$2" "$version_window" "$3" >>"$results"
    stop_server "$server_pid"
}

# ---------------------------------------------------------------------------------------------
# 4. the JUnit extension's overhead per test class (when junit-extension/ is in the checkout)

extension_overhead() {
    if [ ! -f "$root/junit-extension/pom.xml" ]; then
        record extension_overhead_ms "n/a (module not present)"
        return
    fi
    "$here/extension-overhead.sh" "$root" "$work" >>"$results" || record extension_overhead_ms "n/a (measurement failed; see $work/extension)"
}

# ---------------------------------------------------------------------------------------------
# 5. the container image (when testcontainers-module/ is in the checkout and Docker answers)

container() {
    if [ ! -d "$root/testcontainers-module" ]; then
        record container_start_ms "n/a (module not present)"
        record container_image_mb "n/a (module not present)"
        return
    fi
    "$here/container.sh" "$root" "$work" "$starts" >>"$results" || {
        record container_start_ms "n/a (measurement failed; see $work/container.log)"
        record container_image_mb "n/a (measurement failed)"
    }
}

# ---------------------------------------------------------------------------------------------
# the run

# msm_nojournal: the same server with its request journal off, to show what the journal costs.
kinds=(ceiling msm msm_nojournal)
if [ -n "$moto_cmd" ]; then
    kinds+=(moto)
    moto_script=$(pyenv which moto_server 2>/dev/null || readlink -f "$moto_cmd")
    moto_python=$(head -1 "$moto_script" | sed -n 's/^#!//p')
    record moto_version "$($moto_python -c 'import importlib.metadata as m; print("moto " + m.version("moto"))' 2>/dev/null || echo unknown)"
else
    log "moto_server is not installed: printing this project's figures alone"
    record moto_version "absent"
fi
record machine "$(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GB", $2 / 1048576 }' /proc/meminfo), $(java -version 2>&1 | sed -n 1p)"
record java_opts "$java_opts"

log "start-up: $starts starts each, interleaved: the jar plain, the JVM's floor, the jar with the recommended flags${moto_cmd:+, moto}"
measure_starts msm_plain jvm_floor msm "${kinds[@]:3}"
if [ "$only" != startup ]; then
    log "PutSecretValue load: $rounds rounds of ${warmup}s + ${duration}s, $connections connections"
    for round in $(seq 1 "$rounds"); do
        for kind in "${kinds[@]}"; do
            log "  round $round: $kind"
            load_round "$kind" "$round"
        done
    done
    for kind in "${kinds[@]}"; do best_round "$kind"; done
    log "put latency after $version_levels versions"
    version_latency msm 5 8
    # moto answers 500 to concurrent puts on one secret: it is filled one put at a time.
    [ -n "$moto_cmd" ] && version_latency moto 1 1
    log "JUnit extension overhead"
    extension_overhead
fi
log "container and its floor: $starts starts each, interleaved"
container

# ---------------------------------------------------------------------------------------------
# report

verdict() { [ "$1" = 1 ] && echo PASS || echo FAIL; }
number() { [[ $1 =~ ^[0-9]+(\.[0-9]+)?$ ]]; }   # is $1 a measured figure (not empty, not n/a)?
# target NAME VALUE AWK-TEST: records NAME as PASS or FAIL by AWK-TEST on v, or n/a when VALUE was not measured.
target() {
    if number "$2"; then
        record "$1" "$(verdict "$(awk -v v="$2" "BEGIN { print ($3) ? 1 : 0 }")")"
    else
        record "$1" "n/a"
    fi
}

record msm_plain_vs_recommended_start "$(ratio "$(value msm_plain_start_ms)" "$(value msm_start_ms)")"
record msm_plain_vs_jvm_floor_start "$(ratio "$(value msm_plain_start_ms)" "$(value jvm_floor_start_ms)")"
target target_plain_start "$(value msm_plain_start_ms)" 'v < 250'
target target_container_floor "$(value container_start_vs_floor)" 'v <= 1.25'
target target_image_size "$(value container_image_mb)" 'v < 60'

if [ -n "$moto_cmd" ]; then
    record msm_vs_moto_start "$(ratio "$(value msm_start_ms)" "$(value moto_start_ms)")"
    record target_start "$(verdict "$(awk -v r="$(value msm_vs_moto_start)" 'BEGIN { print (r != "" && r <= 0.5) ? 1 : 0 }')")"
fi
if [ "$only" != startup ]; then
    ceiling_rps=$(value ceiling_put_rps)
    msm_rps=$(value msm_put_rps)
    record msm_share_of_ceiling "$(ratio "$msm_rps" "$ceiling_rps")"
    record msm_journal_share "$(ratio "$msm_rps" "$(value msm_nojournal_put_rps)")"
    record generator_max_rps "$ceiling_rps"
    record msm_put_after_10000_vs_10 "$(ratio "$(value msm_put_after_10000_p50_us)" "$(value msm_put_after_10_p50_us)")"
    [ -z "$moto_cmd" ] || record msm_vs_moto_rps "$(ratio "$msm_rps" "$(value moto_put_rps)")"

    share=$(value msm_share_of_ceiling)
    record target_throughput "$(verdict "$(awk -v s="$share" -v e="$(value msm_put_errors)" -v p="$(value msm_put_p99_ms)" 'BEGIN { print (s >= 0.75 && e == 0 && p < 5) ? 1 : 0 }')")"
    record target_versions_flat "$(verdict "$(awk -v r="$(value msm_put_after_10000_vs_10)" 'BEGIN { print (r != "" && r <= 1.2) ? 1 : 0 }')")"
    record target_journal "$(verdict "$(awk -v s="$(value msm_journal_share)" 'BEGIN { print (s != "" && s >= 0.9) ? 1 : 0 }')")"
    record target_rss "$(verdict "$(awk -v m="$(value msm_rss_after_load_max_mb)" 'BEGIN { print (m != "" && m < 150) ? 1 : 0 }')")"
    overhead=$(value extension_overhead_ms)
    case $overhead in
        n/a*) ;;
        *) record target_extension "$(verdict "$(awk -v o="$overhead" 'BEGIN { print (o < 20) ? 1 : 0 }')")" ;;
    esac
fi

row() { printf '| %-44s | %18s | %18s | %18s |\n' "$@"; }
v() { local x; x=$(value "$1"); echo "${x:--}"; }
echo
echo "Machine: $(value machine); moto: $(value moto_version)"
echo "Standalone and ceiling JVM flags: $java_opts"
[ "$only" = startup ] && echo "BENCH_ONLY=startup: start-up and container only, no load" || echo "Load: wrk -t$wrk_threads -c$connections, ${duration}s after ${warmup}s warm-up, $secrets secrets, a fresh ClientRequestToken per request; best of $rounds rounds"
echo
row "" "mock-secrets-manager" "moto_server" "ceiling (Undertow)"
row "----" "----" "----" "----"
if [ "$only" != startup ]; then
    row "PutSecretValue req/s" "$(v msm_put_rps)" "$(v moto_put_rps)" "$(v ceiling_put_rps)"
    row "  with the request journal off" "$(v msm_nojournal_put_rps)" "" ""
    row "  errors" "$(v msm_put_errors)" "$(v moto_put_errors)" "$(v ceiling_put_errors)"
    row "  p50 latency (ms)" "$(v msm_put_p50_ms)" "$(v moto_put_p50_ms)" "$(v ceiling_put_p50_ms)"
    row "  p99 latency (ms)" "$(v msm_put_p99_ms)" "$(v moto_put_p99_ms)" "$(v ceiling_put_p99_ms)"
fi
row "start to first answer (ms, median of $starts)" "$(v msm_start_ms)" "$(v moto_start_ms)" ""
row "  plain java -jar, no flags (ms)" "$(v msm_plain_start_ms)" "" ""
row "  JVM floor: JvmFloorServer, no flags (ms)" "$(v jvm_floor_start_ms)" "" ""
if [ "$only" != startup ]; then
    row "RSS after the load (MB, max of rounds)" "$(v msm_rss_after_load_max_mb)" "$(v moto_rss_after_load_max_mb)" "$(v ceiling_rss_after_load_max_mb)"
    for level in ${version_levels//,/ }; do
        row "put p50 after $level versions (us)" "$(v msm_put_after_${level}_p50_us)" "$(v moto_put_after_${level}_p50_us)" ""
    done
    row "JUnit extension overhead per class (ms)" "$(v extension_overhead_ms)" "" ""
fi
row "container start to ready (ms, median of $starts)" "$(v container_start_ms)" "" ""
row "  floor image, busybox httpd (ms)" "$(v container_floor_start_ms)" "" ""
row "  JVM floor image, JvmFloorServer (ms)" "$(v container_jvm_floor_start_ms)" "" ""
row "container image size (MB)" "$(v container_image_mb)" "" ""
row "  floor image size (MB)" "$(v container_floor_image_mb)" "" ""
echo
if [ "$only" != startup ]; then
    echo "Share of the ceiling: $(v msm_share_of_ceiling) (target >= 0.75, 0 errors, p99 < 5 ms): $(v target_throughput)"
    [ -n "$moto_cmd" ] && echo "Start-up vs moto: $(v msm_vs_moto_start) (target <= 0.50): $(v target_start); throughput vs moto: $(v msm_vs_moto_rps)x"
    echo "Put after 10,000 versions vs after 10: $(v msm_put_after_10000_vs_10) (target <= 1.20): $(v target_versions_flat)"
    echo "Journal on vs off: $(v msm_journal_share) of the throughput (target >= 0.90): $(v target_journal)"
    echo "RSS after the load: $(v msm_rss_after_load_max_mb) MB (target < 150): $(v target_rss)"
elif [ -n "$moto_cmd" ]; then
    echo "Start-up vs moto: $(v msm_vs_moto_start) (target <= 0.50): $(v target_start)"
fi
echo "Plain java -jar start: $(v msm_plain_start_ms) ms (target < 250): $(v target_plain_start); with the recommended flags: $(v msm_start_ms) ms"
echo "  the JVM's floor, JvmFloorServer started the same way: $(v jvm_floor_start_ms) ms"
echo "Container start vs the floor: $(v container_start_vs_floor) ($(v container_start_ms) ms against $(v container_floor_start_ms) ms; target <= 1.25): $(v target_container_floor)"
echo "  the JVM's floor image vs the floor: $(v container_jvm_floor_vs_floor) ($(v container_jvm_floor_start_ms) ms); the image vs the JVM's floor image: $(v container_start_vs_jvm_floor)"
echo "Image size: $(v container_image_mb) MB (target < 60): $(v target_image_size)"
echo
echo "# name=value"
cat "$results"
