#!/usr/bin/env bash
# The container image's size and start-to-ready time (docker run -> first 200 from /__admin/health),
# measured against two floors:
# - Docker's: the least any image can take on this machine's Docker. msm-bench-floor:latest is a
#   static busybox `httpd` serving a file at /__admin/health, imported into an otherwise empty image
#   from local files only (no registry);
# - the JVM's: msm-bench-jvm-floor:latest is the project's image running JvmFloorServer (bench/src, a
#   ServerSocket answering 200, java.base only) instead of the emulator, with the same runtime, jvm.args
#   and start-up archive: the least any Java server in this image can take.
# All three are started the same way (`docker run -d --rm -p 127.0.0.1:PORT:4584 IMAGE`) and polled by
# the same pure-bash loop, interleaved (floor, JVM floor, project, floor, ...), after one discarded
# start of each; the medians and their ratios are printed as name=value lines. Needs the
# testcontainers-module's image build, a JDK (javac) and a Docker daemon.
#
#   container.sh <project root> <work dir> <runs>     (bench/run.sh calls it)
#
# Environment (all optional):
#   BENCH_IMAGE      the project's image (mock-secrets-manager:latest)
#   BENCH_BUSYBOX    a statically linked busybox for the floor image (/bin/busybox, from Debian's
#                    busybox-static, installed with apt if missing)
#   MVN              the Maven command (mvn -B -q), when the project's image has to be built
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$1
work=$2
runs=$3
image=${BENCH_IMAGE:-mock-secrets-manager:latest}
floor_image=msm-bench-floor:latest
jvm_floor_image=msm-bench-jvm-floor:latest
busybox=${BENCH_BUSYBOX:-/bin/busybox}
mvn_cmd=${MVN:-mvn -B -q}
log() { echo "[container] $*" >&2; }
if ! command -v docker >/dev/null 2>&1 || ! docker info >/dev/null 2>&1; then
    echo "container_start_ms=n/a (Docker not available)"
    echo "container_image_mb=n/a (Docker not available)"
    exit 0
fi
mkdir -p "$work"
if ! docker image inspect "$image" >/dev/null 2>&1; then
    log "building $image (mvn package -pl testcontainers-module)"
    (cd "$root" && $mvn_cmd package -pl testcontainers-module -am -DskipTests -Dmaven.javadoc.skip=true \
        -Dmaven.source.skip=true -Djacoco.skip=true) >"$work/container.log" 2>&1
fi
docker image inspect "$image" >/dev/null 2>&1 || { echo "no image $image after the build" >&2; exit 1; }

# ---------------------------------------------------------------------------------------------
# polling: pure bash, no process per poll (as bench/run.sh), so both images are waited for alike

exec {sleep_fd}<> <(:)
nap() { read -r -t "$1" -u "$sleep_fd" _ || true; }   # sleep without forking a process

# health PORT: the status code of GET /__admin/health over HTTP/1.0, or nothing.
health() {
    local fd line=
    { exec {fd}<>"/dev/tcp/127.0.0.1/$1"; } 2>/dev/null || return 0
    printf 'GET /__admin/health HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n' >&$fd 2>/dev/null || true
    IFS=' ' read -r -t 2 _ line _ <&$fd 2>/dev/null || true
    exec {fd}<&-
    echo "$line"
}

# shellcheck source=ports.sh
. "$here/ports.sh"
# shellcheck source=figures.sh
. "$here/figures.sh"

image_mb() { # image: its size in MB (10^6 bytes, as `docker images` shows), one decimal
    awk -v b="$(docker image inspect -f '{{.Size}}' "$1")" 'BEGIN { printf "%.1f", b / 1000000 }'
}

# ---------------------------------------------------------------------------------------------
# the floor image: built once per busybox binary (its sha256 is the image's label)

build_floor() {
    if [ ! -x "$busybox" ] && [ -z "${BENCH_BUSYBOX:-}" ]; then
        log "installing busybox-static (apt)"
        local sudo_cmd=
        [ "$(id -u)" = 0 ] || sudo_cmd=sudo
        $sudo_cmd apt-get install -y busybox-static >/dev/null 2>&1 \
            || { $sudo_cmd apt-get update >/dev/null && $sudo_cmd apt-get install -y busybox-static >/dev/null; }
    fi
    [ -x "$busybox" ] || { echo "no busybox at $busybox" >&2; return 1; }
    local sum have rootfs
    sum=$(sha256sum "$busybox" | cut -d' ' -f1)
    have=$(docker image inspect -f '{{ index .Config.Labels "msm.bench.busybox-sha256" }}' "$floor_image" 2>/dev/null || true)
    [ "$have" = "$sum" ] && return 0
    log "building $floor_image from $busybox"
    rootfs=$work/floor-rootfs
    rm -rf "$rootfs" && mkdir -p "$rootfs/bin" "$rootfs/www/__admin"
    cp "$busybox" "$rootfs/bin/busybox"
    printf '{"status":"UP"}\n' >"$rootfs/www/__admin/health"
    tar -C "$rootfs" -cf - . | docker import \
        --change 'ENTRYPOINT ["/bin/busybox", "httpd", "-f", "-p", "4584", "-h", "/www"]' \
        --change 'EXPOSE 4584' \
        --change "LABEL msm.bench.busybox-sha256=$sum" \
        - "$floor_image" >/dev/null
    rm -rf "$rootfs"
}
build_floor

# the JVM floor image: rebuilt whenever the project's image changes (its id is the image's label)
build_jvm_floor() {
    local base have context main=io.github.mocksecretsmanager.bench.JvmFloorServer
    base=$(docker image inspect -f '{{.Id}}' "$image")
    have=$(docker image inspect -f '{{ index .Config.Labels "msm.bench.base-image" }}' "$jvm_floor_image" 2>/dev/null || true)
    [ "$have" = "$base" ] && return 0
    log "building $jvm_floor_image on $image"
    context=$work/jvm-floor
    rm -rf "$context" && mkdir -p "$context/classes"
    javac --release 17 -nowarn -d "$context/classes" "$here/src/${main//.//}.java"
    # The jar stays first on the class path: the image's start-up archive was made for that class path.
    cat >"$context/Dockerfile" <<EOF
FROM $image
COPY classes/ /opt/jvm-floor/
LABEL msm.bench.base-image="$base"
ENTRYPOINT ["/opt/java/bin/java", "@/opt/msm/jvm.args", "-cp", "/opt/msm/mock-secrets-manager.jar:/opt/jvm-floor", "$main", "4584", "0.0.0.0"]
EOF
    docker build -q -t "$jvm_floor_image" "$context" >/dev/null 2>>"$work/container.log"
}
build_jvm_floor

# ---------------------------------------------------------------------------------------------
# one start: docker run -> first 200, the same flags and loop for every image

# Every container this script starts is named msm-bench-<this pid>-<n>; on exit, any left is removed.
cleanup() {
    local ids
    ids=$(docker ps -aq --filter "name=^msm-bench-$$-" 2>/dev/null || true)
    [ -z "$ids" ] || docker rm -f $ids >/dev/null 2>&1 || true
}
trap cleanup EXIT

# start_ms IMAGE: milliseconds from `docker run` until GET /__admin/health answers 200 (60 s at most);
# retries on another port when the chosen one was taken meanwhile.
start_ms() {
    local img=$1 attempt port name t0 deadline
    for attempt in 1 2 3; do
        port=$(free_port)
        name=msm-bench-$$-$RANDOM
        t0=$EPOCHREALTIME
        if ! docker run -d --rm --name "$name" -p "127.0.0.1:$port:4584" "$img" >/dev/null 2>>"$work/container.log"; then
            docker rm -f "$name" >/dev/null 2>&1 || true
            continue
        fi
        deadline=$((EPOCHSECONDS + 60))
        until [ "$(health "$port")" = 200 ]; do
            [ "$EPOCHSECONDS" -lt "$deadline" ] || { log "$img did not answer within 60 s"; docker rm -f "$name" >/dev/null 2>&1; return 1; }
            nap 0.002
        done
        awk -v a="$t0" -v b="$EPOCHREALTIME" 'BEGIN { printf "%.0f\n", (b - a) * 1000 }'
        docker rm -f "$name" >/dev/null
        return 0
    done
    log "$img: docker run failed three times; see $work/container.log"
    return 1
}

# One discarded start of each first: the first run of an image reads its layers from disk.
start_ms "$floor_image" >/dev/null
start_ms "$jvm_floor_image" >/dev/null
start_ms "$image" >/dev/null
floor_samples=()
jvm_floor_samples=()
samples=()
for run in $(seq 1 "$runs"); do
    floor_samples+=("$(start_ms "$floor_image")")
    jvm_floor_samples+=("$(start_ms "$jvm_floor_image")")
    samples+=("$(start_ms "$image")")
done
floor_ms=$(printf '%s\n' "${floor_samples[@]}" | median)
jvm_floor_ms=$(printf '%s\n' "${jvm_floor_samples[@]}" | median)
project_ms=$(printf '%s\n' "${samples[@]}" | median)

echo "container_image=$image"
echo "container_image_mb=$(image_mb "$image")"
echo "container_floor_image=$floor_image (busybox httpd, $(basename "$busybox") sha256 $(sha256sum "$busybox" | cut -c1-12))"
echo "container_floor_image_mb=$(image_mb "$floor_image")"
echo "container_start_runs=$runs"
echo "container_floor_start_samples_ms=$(IFS=,; echo "${floor_samples[*]}")"
echo "container_jvm_floor_image=$jvm_floor_image (JvmFloorServer in $image)"
echo "container_jvm_floor_start_samples_ms=$(IFS=,; echo "${jvm_floor_samples[*]}")"
echo "container_start_samples_ms=$(IFS=,; echo "${samples[*]}")"
echo "container_floor_start_ms=$floor_ms"
echo "container_jvm_floor_start_ms=$jvm_floor_ms"
echo "container_start_ms=$project_ms"
echo "container_start_vs_floor=$(ratio "$project_ms" "$floor_ms")"
echo "container_jvm_floor_vs_floor=$(ratio "$jvm_floor_ms" "$floor_ms")"
echo "container_start_vs_jvm_floor=$(ratio "$project_ms" "$jvm_floor_ms")"
