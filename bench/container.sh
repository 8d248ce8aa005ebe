#!/usr/bin/env bash
# The container image's size and start-to-ready time (docker run -> first 200 from /__admin/health),
# median of N runs. Needs the testcontainers-module's image build and a Docker daemon.
#
#   container.sh <project root> <work dir> <runs>     (bench/run.sh calls it)
set -euo pipefail
root=$1
work=$2
runs=$3
image=${BENCH_IMAGE:-mock-secrets-manager:latest}
mvn_cmd=${MVN:-mvn -B -q}
if ! command -v docker >/dev/null 2>&1 || ! docker info >/dev/null 2>&1; then
    echo "container_start_ms=n/a (Docker not available)"
    echo "container_image_mb=n/a (Docker not available)"
    exit 0
fi
if ! docker image inspect "$image" >/dev/null 2>&1; then
    (cd "$root" && $mvn_cmd package -pl testcontainers-module -am -DskipTests -Dmaven.javadoc.skip=true \
        -Dmaven.source.skip=true -Djacoco.skip=true) >"$work/container.log" 2>&1
fi
docker image inspect "$image" >/dev/null 2>&1 || { echo "no image $image after the build" >&2; exit 1; }
size=$(docker image inspect -f '{{.Size}}' "$image")
echo "container_image_mb=$((size / 1000000))"

health() {
    local fd line
    exec {fd}<>"/dev/tcp/127.0.0.1/$1" 2>/dev/null || return 0
    printf 'GET /__admin/health HTTP/1.0\r\n\r\n' >&$fd 2>/dev/null || true
    IFS=' ' read -r -t 2 _ line _ <&$fd || true
    exec {fd}<&-
    echo "$line"
}
samples=()
for run in $(seq 1 "$runs"); do
    port=$((20000 + RANDOM % 40000))
    name=msm-bench-$$-$run
    t0=$EPOCHREALTIME
    docker run -d --rm --name "$name" -p "127.0.0.1:$port:4584" "$image" >/dev/null
    until [ "$(health "$port")" = 200 ]; do
        sleep 0.005
    done
    samples+=("$(awk -v a="$t0" -v b="$EPOCHREALTIME" 'BEGIN { printf "%.0f", (b - a) * 1000 }')")
    docker rm -f "$name" >/dev/null
done
echo "container_start_samples_ms=$(IFS=,; echo "${samples[*]}")"
echo "container_start_ms=$(printf '%s\n' "${samples[@]}" | sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }')"
