#!/usr/bin/env bash
# Makes local stand-ins for the base images of multiarch/Dockerfile from this host's files, so that
# the Dockerfile can be built with a plain `docker build` on a machine that reaches no registry:
#
#   local-jdk-image.sh [jdk tag] [busybox tag] [JDK home]
#
#   jdk tag      default msm-local-jdk:17, for --build-arg JDK_IMAGE=...: a root file system with
#                bash, coreutils, findutils, mawk (or gawk), grep, sed, binutils' strip and
#                objcopy (jlink --strip-debug runs it; when installed), ldd and the JDK 17 (default
#                MSM_LOCAL_JDK_HOME, else /usr/lib/jvm/java-17-openjdk-amd64), copied to
#                /opt/java/openjdk with JAVA_HOME and PATH set, where Temurin's images have it,
#                plus every shared library they need (the ldd closure) and the dynamic loader;
#   busybox tag  default msm-local-busybox:host, for --build-arg BUSYBOX_IMAGE=...: the host's
#                static busybox as /bin/busybox, as the official busybox:*-musl images have it
#                (apt-get install busybox-static; skipped with a message when there is none).
#
# The same approach as build-image.sh's runtime (copy what ldd names, `docker import`), for a
# build image instead of a runtime. Linux only; the image is for this host's architecture.
# Then, from the repository's root, after `mvn -B -q package -DskipTests -pl standalone -am`:
#
#   docker build --build-arg JDK_IMAGE=msm-local-jdk:17 --build-arg BUSYBOX_IMAGE=msm-local-busybox:host \
#       -f testcontainers-module/src/main/docker/multiarch/Dockerfile -t msm-dockerfile-check .
set -euo pipefail

jdk_tag=${1:-msm-local-jdk:17}
busybox_tag=${2:-msm-local-busybox:host}
jdk_home=${3:-${MSM_LOCAL_JDK_HOME:-/usr/lib/jvm/java-17-openjdk-amd64}}

[ "$(uname -s)" = Linux ] || { echo "local-jdk-image.sh: Linux only (it copies this host's files)" >&2; exit 1; }
[ -x "$jdk_home/bin/jlink" ] || { echo "local-jdk-image.sh: no JDK with jlink at $jdk_home" >&2; exit 1; }
docker info >/dev/null 2>&1 || { echo "local-jdk-image.sh: the Docker daemon does not answer" >&2; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
root=$work/rootfs
mkdir -p "$root"

# Top-level links of a merged-/usr host (/bin -> usr/bin, ...), kept as links.
for dir in bin sbin lib lib32 lib64 libx32; do
    if [ -L "/$dir" ]; then
        target=$(readlink "/$dir")
        ln -s "$target" "$root/$dir"
        case "$target" in /*) mkdir -p "$root$target" ;; *) mkdir -p "$root/$target" ;; esac
    fi
done

copy() { # a file at its own path; the directories it is under are made on the way
    local file=$1
    [ -e "$root$file" ] && return 0
    mkdir -p "$root$(dirname "$file")"
    cp -L "$file" "$root$file"
}

# The tools the Dockerfile's build stage runs.
tools=(bash sh cat chmod cp cut date dirname echo env find grep head id kill ldd ln ls mkdir mktemp
    mv paste readlink rm sed seq sleep sort tail tee touch tr true false uname uniq wc xargs)
awk=$(command -v gawk || command -v mawk || command -v awk)
tools+=("$awk")
# binutils: jlink --strip-debug runs objcopy (Temurin's JDK images install binutils for it).
for tool in strip objcopy; do
    if command -v "$tool" >/dev/null 2>&1; then tools+=("$tool"); fi
done
for tool in "${tools[@]}"; do
    path=$(command -v "$tool" || true)
    case "$path" in /*) ;; *) continue ;; esac # a shell builtin
    real=$(readlink -f "$path")
    copy "$real"
    # Also under the name it was found by (/usr/bin/awk -> mawk, /bin/sh -> dash).
    [ "$real" = "$path" ] || { mkdir -p "$root$(dirname "$path")"; [ -e "$root$path" ] || ln -s "$real" "$root$path"; }
done
[ -e "$root/usr/bin/awk" ] || ln -s "$(readlink -f "$awk")" "$root/usr/bin/awk"

# The JDK, where Temurin's images have it; symbolic links into /etc and /usr/share resolved.
mkdir -p "$root/opt/java"
cp -rL "$jdk_home" "$root/opt/java/openjdk" 2>/dev/null || cp -r "$jdk_home" "$root/opt/java/openjdk"
find "$root/opt/java/openjdk" -xtype l -delete # links that point nowhere (src.zip, docs)

# The ldd closure of every ELF file copied so far, and the loader.
find "$root" -type f -print0 |
    xargs -0 file --no-pad -F '|' |
    awk -F '|' '/ELF/ { print $1 }' |
    while read -r elf; do ldd "$elf" 2>/dev/null || true; done |
    awk '/=> \// { print $3 } /^\t\/[^ ]+ \(0x/ { print $1 }' |
    sort -u |
    while read -r library; do
        copy "$library"
        real=$(readlink -f "$library")
        [ "$real" = "$library" ] || copy "$real"
    done

mkdir -p "$root/tmp" "$root/etc" "$root/root"
chmod 1777 "$root/tmp"
printf 'root:x:0:0:root:/root:/bin/bash\n' >"$root/etc/passwd"
printf 'root:x:0:\n' >"$root/etc/group"
if [ -d /usr/lib/locale/C.utf8 ]; then
    mkdir -p "$root/usr/lib/locale"
    cp -a /usr/lib/locale/C.utf8 "$root/usr/lib/locale/"
fi

tar -C "$root" --numeric-owner --owner=0 --group=0 -cf "$work/rootfs.tar" .
docker import \
    --change 'ENV JAVA_HOME=/opt/java/openjdk' \
    --change 'ENV PATH=/opt/java/openjdk/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' \
    --change 'ENV LANG=C.UTF-8' \
    --change 'CMD ["/bin/bash"]' \
    "$work/rootfs.tar" "$jdk_tag" >/dev/null
docker run --rm "$jdk_tag" bash -c 'jlink --version >/dev/null && java -version 2>&1 | head -1 && ldd --version | head -1' >/dev/null ||
    { echo "local-jdk-image.sh: the JDK does not run in $jdk_tag" >&2; exit 1; }
echo "[local-jdk-image] $jdk_tag: $jdk_home as /opt/java/openjdk, with bash, coreutils, findutils, $(basename "$(readlink -f "$awk")"), grep, sed, $(command -v objcopy >/dev/null && echo 'strip, objcopy, ')ldd ($(($(docker image inspect -f '{{.Size}}' "$jdk_tag") / 1000000)) MB)"

busybox=${MSM_BUSYBOX:-$(command -v busybox || true)}
if [ -z "$busybox" ] || ldd "$busybox" >/dev/null 2>&1; then
    echo "[local-jdk-image] SKIPPED $busybox_tag: no static busybox (apt-get install busybox-static, or MSM_BUSYBOX=<path>)"
    exit 0
fi
rm -rf "$root" && mkdir -p "$root/bin"
cp -L "$busybox" "$root/bin/busybox"
chmod 0755 "$root/bin/busybox"
tar -C "$root" --numeric-owner --owner=0 --group=0 -cf "$work/busybox.tar" .
docker import --change 'CMD ["/bin/busybox", "sh"]' "$work/busybox.tar" "$busybox_tag" >/dev/null
echo "[local-jdk-image] $busybox_tag: $busybox as /bin/busybox"
