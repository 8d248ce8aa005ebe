#!/usr/bin/env bash
# Prints the image's size and how long it takes from `docker run` until GET /__admin/health first
# answers 200 on the published port (median of N runs, default 5). Needs only bash and docker.
#
#   measure-startup.sh [image] [runs]
set -euo pipefail

image=${1:-mock-secrets-manager:latest}
runs=${2:-5}

now_ms() { echo $(($(date +%s%N) / 1000000)); }

health_status() {
    exec 3<>"/dev/tcp/127.0.0.1/$1" 2>/dev/null || return 0
    printf 'GET /__admin/health HTTP/1.0\r\n\r\n' >&3 2>/dev/null || true
    local status=
    IFS= read -r -t 2 status <&3 || true
    exec 3<&-
    echo "$status"
}

size=$(docker image inspect -f '{{.Size}}' "$image")
echo "image $image: $((size / 1000000)) MB ($size bytes)"

results=()
for run in $(seq 1 "$runs"); do
    port=$((20000 + RANDOM % 20000))
    name=msm-startup-$$-$run
    start=$(now_ms)
    docker run -d --rm --name "$name" -p "127.0.0.1:$port:4584" "$image" >/dev/null
    until [[ "$(health_status "$port")" == *" 200"* ]]; do
        if [ $(($(now_ms) - start)) -gt 30000 ]; then
            echo "run $run: no answer within 30 s" >&2
            docker logs "$name" >&2 || true
            docker rm -f "$name" >/dev/null
            exit 1
        fi
        sleep 0.01
    done
    elapsed=$(($(now_ms) - start))
    docker rm -f "$name" >/dev/null
    echo "run $run: docker run -> first 200 in $elapsed ms"
    results+=("$elapsed")
done
median=$(printf '%s\n' "${results[@]}" | sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : int((v[NR / 2] + v[NR / 2 + 1]) / 2) }')
echo "median of $runs: $median ms"
