#!/usr/bin/env bash
# Builds multiarch/Dockerfile with a plain `docker build` and no registry, then checks the image:
#
#   check-multiarch-offline.sh [standalone jar] [runs of measure-startup.sh, default 3]
#
# 1. local-jdk-image.sh makes the stand-ins for the base images from this host's files
#    (msm-local-jdk:17, msm-local-busybox:host);
# 2. docker build, main and --target localstack, tagged msm-dockerfile-check:main and :localstack
#    (never mock-secrets-manager:*, which the container tests use);
# 3. checks: GET /__admin/health answers 200, the process runs as user 10001, the image is under
#    60 MB; the -localstack image answers /_localstack/health on 4566 and prints "Ready.";
# 4. measure-startup.sh prints the size and the time from `docker run` to the first 200.
# Run from anywhere; the jar defaults to the repository's standalone/target (build it first:
# mvn -B -q package -DskipTests -pl standalone -am). Linux and Docker only.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../../../.." && pwd)
jar=${1:-$repo/standalone/target/mock-secrets-manager-standalone.jar}
runs=${2:-3}
image=msm-dockerfile-check
[ -f "$jar" ] || { echo "no standalone jar at $jar (mvn -B -q package -DskipTests -pl standalone -am)" >&2; exit 1; }

started=$(date +%s)
"$here/local-jdk-image.sh" msm-local-jdk:17 msm-local-busybox:host
stand_ins=$(($(date +%s) - started))

context=$(mktemp -d)
trap 'rm -rf "$context"; docker rm -f msm-check-main msm-check-localstack >/dev/null 2>&1 || true' EXIT
mkdir -p "$context/standalone/target" "$context/testcontainers-module/src/main/docker"
cp "$jar" "$context/standalone/target/mock-secrets-manager-standalone.jar"
cp "$here/bash-as-sh.sh" "$here/docker-entrypoint.sh" "$context/testcontainers-module/src/main/docker/"
build() {
    docker build --build-arg JDK_IMAGE=msm-local-jdk:17 --build-arg BUSYBOX_IMAGE=msm-local-busybox:host \
        --build-arg VERSION=offline-check -f "$here/multiarch/Dockerfile" "$@" "$context" >"$context/build.log" 2>&1 ||
        { cat "$context/build.log" >&2; echo "docker build $* failed" >&2; exit 1; }
}
started=$(date +%s)
build -t "$image:main"
build --target localstack -t "$image:localstack"
built=$(($(date +%s) - started))

status() { # port path: the status line of one HTTP/1.0 GET
    exec 3<>"/dev/tcp/127.0.0.1/$1" 2>/dev/null || return 0
    printf 'GET %s HTTP/1.0\r\n\r\n' "$2" >&3 2>/dev/null || true
    local line=
    IFS= read -r -t 2 line <&3 || true
    exec 3<&-
    echo "${line%$'\r'}"
}
await_200() { # container port path
    for _ in $(seq 1 150); do
        case "$(status "$2" "$3")" in *" 200"*) return 0 ;; esac
        sleep 0.2
    done
    docker logs "$1" >&2 || true
    echo "$1: no 200 from $3" >&2
    exit 1
}

docker run -d --name msm-check-main -p 127.0.0.1::4584 "$image:main" >/dev/null
port=$(docker port msm-check-main 4584/tcp | sed -n 1p | sed 's/.*://')
await_200 msm-check-main "$port" /__admin/health
user=$(docker top msm-check-main -eo pid,uid | awk 'NR == 2 { print $2 }')
[ "$user" = 10001 ] || { echo "the server runs as uid '$user', not 10001" >&2; exit 1; }
[ "$(docker image inspect -f '{{.Config.User}}' "$image:main")" = 10001:10001 ] || { echo "USER is not 10001:10001" >&2; exit 1; }
size=$(docker image inspect -f '{{.Size}}' "$image:main")
[ "$size" -lt 60000000 ] || { echo "the image is $size bytes, not under 60 MB" >&2; exit 1; }
docker rm -f msm-check-main >/dev/null

docker run -d --name msm-check-localstack -p 127.0.0.1::4566 "$image:localstack" >/dev/null
lport=$(docker port msm-check-localstack 4566/tcp | sed -n 1p | sed 's/.*://')
await_200 msm-check-localstack "$lport" /_localstack/health
for _ in $(seq 1 25); do docker logs msm-check-localstack 2>&1 | grep -qx 'Ready.' && break; sleep 0.2; done
docker logs msm-check-localstack 2>&1 | grep -qx 'Ready.' || { echo "the -localstack image printed no 'Ready.'" >&2; exit 1; }
[ "$(docker exec msm-check-localstack /bin/bash -c 'id -u')" = 10001 ] || { echo "-localstack: not user 10001" >&2; exit 1; }
lsize=$(docker image inspect -f '{{.Size}}' "$image:localstack")
docker rm -f msm-check-localstack >/dev/null

echo "[multiarch-offline] stand-ins in ${stand_ins} s, both targets built in ${built} s;" \
    "$image:main $((size / 1000000)) MB, health 200, user 10001; $image:localstack $((lsize / 1000000)) MB, Ready., /_localstack/health 200"
bash "$here/measure-startup.sh" "$image:main" "$runs"
