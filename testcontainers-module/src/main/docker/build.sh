#!/usr/bin/env bash
# Builds the mock-secrets-manager:<version>, :latest and :<version>-localstack images with whichever
# build works here, and says which and why (testcontainers-module's pom runs it in `package`):
#
#   build.sh <standalone jar> <version> [work dir] [require tools: true|false]
#
# - multiarch/Dockerfile, by `docker build`, when its base images are available: present on the
#   Docker daemon, or pulled within MSM_PULL_TIMEOUT seconds (default 20). JDK_IMAGE (for both
#   targets) and BUSYBOX_IMAGE (for the -localstack target; the classic builder, without BuildKit,
#   builds every stage, so it needs it for the main image too) default to the Dockerfile's ARGs;
#   MSM_JDK_IMAGE and MSM_BUSYBOX_IMAGE replace them (say, local-jdk-image.sh's stand-ins);
# - otherwise build-image.sh, offline: this host's JDK and libraries, `docker import`.
#
# MSM_IMAGE_BUILD=auto (default), dockerfile or offline forces one (-Dmsm.imageBuild=... in Maven).
# Without Docker, build-image.sh says why and skips (or fails under require tools = true).
set -euo pipefail

jar=${1:?usage: build.sh <standalone jar> <version> [work dir] [require tools]}
version=${2:?usage: build.sh <standalone jar> <version> [work dir] [require tools]}
work=${3:-$(pwd)/target/docker}
require_tools=${4:-false}

here=$(cd "$(dirname "$0")" && pwd)
dockerfile=$here/multiarch/Dockerfile
mode=${MSM_IMAGE_BUILD:-auto}
pull_timeout=${MSM_PULL_TIMEOUT:-20}
image=mock-secrets-manager

offline() {
    echo "[image] build: build-image.sh (offline: this host's JDK, docker import), because $1"
    exec bash "$here/build-image.sh" "$jar" "$version" "$work" "$require_tools"
}

case "$mode" in
    auto | dockerfile | offline) ;;
    *) echo "[image] ERROR: MSM_IMAGE_BUILD (msm.imageBuild) is '$mode': auto, dockerfile or offline" >&2; exit 1 ;;
esac
[ "$mode" != offline ] || offline "it was asked for (msm.imageBuild=offline)"
command -v docker >/dev/null 2>&1 || offline "there is no docker command"
docker info >/dev/null 2>&1 || offline "the Docker daemon does not answer 'docker info'"
[ -f "$jar" ] || { echo "[image] ERROR: no standalone jar at $jar (build core first)" >&2; exit 1; }

arg_default() { sed -n "s/^ARG $1=//p" "$dockerfile" | head -n 1; }
jdk_image=${MSM_JDK_IMAGE:-$(arg_default JDK_IMAGE)}
busybox_image=${MSM_BUSYBOX_IMAGE:-$(arg_default BUSYBOX_IMAGE)}

# "present" or "pulled" when the daemon has the image or gets it in time; nothing otherwise.
availability() {
    if docker image inspect "$1" >/dev/null 2>&1; then
        echo present
    elif timeout "$pull_timeout" docker pull -q "$1" >/dev/null 2>&1; then
        echo pulled
    fi
}
jdk_state=$(availability "$jdk_image")
busybox_state=
[ -z "$jdk_state" ] || busybox_state=$(availability "$busybox_image")
if [ -z "$jdk_state" ] || [ -z "$busybox_state" ]; then
    missing=$jdk_image
    [ -z "$jdk_state" ] || missing=$busybox_image
    why="multiarch/Dockerfile's base image $missing is not on the Docker daemon and 'docker pull' failed or took over $pull_timeout s"
    if [ "$mode" = dockerfile ]; then
        echo "[image] ERROR: $why (msm.imageBuild=dockerfile)" >&2
        exit 1
    fi
    offline "$why"
fi

started=$(date +%s)
mkdir -p "$work"
# A small context of its own (the jar may be elsewhere than the repository's standalone/target).
context=$work/dockerfile-context
rm -rf "$context"
mkdir -p "$context/standalone/target" "$context/testcontainers-module/src/main/docker"
cp "$jar" "$context/standalone/target/mock-secrets-manager-standalone.jar"
cp "$here/bash-as-sh.sh" "$here/docker-entrypoint.sh" "$context/testcontainers-module/src/main/docker/"

old_image=$(docker image inspect -f '{{.Id}}' "$image:$version" 2>/dev/null || true)
old_localstack=$(docker image inspect -f '{{.Id}}' "$image:$version-localstack" 2>/dev/null || true)
build() { # log name, docker build arguments...
    local log=$work/$1
    shift
    if ! docker build --build-arg "JDK_IMAGE=$jdk_image" --build-arg "BUSYBOX_IMAGE=$busybox_image" \
        --build-arg "VERSION=$version" -f "$dockerfile" "$@" "$context" >"$log" 2>&1; then
        tail -n 30 "$log" >&2
        if [ "$mode" = dockerfile ]; then
            echo "[image] ERROR: docker build -f multiarch/Dockerfile failed (the end of $log above)" >&2
            exit 1
        fi
        offline "docker build -f multiarch/Dockerfile failed (the end of $log above)"
    fi
}
build docker-build-multiarch.log -t "$image:$version" -t "$image:latest"
build docker-build-multiarch-localstack.log --target localstack -t "$image:$version-localstack"
for previous in "$old_image" "$old_localstack"; do
    if [ -n "$previous" ] && [ -z "$(docker image inspect -f '{{join .RepoTags ""}}' "$previous" 2>/dev/null)" ]; then
        docker rmi "$previous" >/dev/null 2>&1 || true
    fi
done

size=$(docker image inspect -f '{{.Size}}' "$image:$version")
echo "[image] built $image:$version and $image:latest ($((size / 1000000)) MB) and $image:$version-localstack in $(($(date +%s) - started)) s with docker build -f multiarch/Dockerfile, because its base images are available ($jdk_image $jdk_state, $busybox_image $busybox_state)"
