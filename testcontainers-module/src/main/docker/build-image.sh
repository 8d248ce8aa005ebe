#!/usr/bin/env bash
# Builds the mock-secrets-manager:<version> and :latest images from local files only (no registry):
#
#   build-image.sh <standalone jar> <version> [work dir] [require tools: true|false]
#
# 1. jlink a Java runtime with the modules jdeps finds in the jar (libjvm.so stripped when `strip` is
#    there), from the image JDK: MSM_IMAGE_JDK if set, else JAVA_HOME (else the java on PATH);
# 2. lay out a root file system: the runtime, every shared library it links (ldd) and the dynamic
#    loader, /etc/passwd with the non-root user 10001, /tmp (1777), the C.utf8 locale, the jar;
# 3. `docker import` it as mock-secrets-manager-base:<version>;
# 4. train the start-up archive: run the server once in the base image, seeded from a seed file and
#    from MSM_SEEDS, while every operation is driven over HTTP, then make from that run
#    - with a JDK 25+: an AOT cache (app.aot, JEP 483/514: JDK and server classes loaded and linked,
#      plus their heap objects and method profiles), recorded with -XX:AOTMode=record and created
#      with -XX:AOTMode=create;
#    - with a JDK 17-24: an application class-data-sharing archive (app.jsa, JDK and server classes
#      in one file, instead of the JDK's default archive) from the list of classes the run loaded;
#    and write jvm.args, the java launcher's argument file with the archive's flag and the start-up
#    flags, which the ENTRYPOINTs of both images read (java @/opt/msm/jvm.args -jar ...);
# 5. `docker build` the Dockerfile next to this script on top of the base, tag <version> and latest;
# 6. `docker build` Dockerfile.localstack on the base too, tag <version>-localstack: the LocalStack
#    drop-in (needs a static busybox on the host: apt-get install busybox-static).
#
# Without Docker (or off Linux) it prints why and exits 0, so a laptop's `mvn verify` still
# works; with require tools = true (-Dmsm.requireTools=true) it exits 1 instead.
set -euo pipefail

jar=${1:?usage: build-image.sh <standalone jar> <version> [work dir] [require tools]}
version=${2:?usage: build-image.sh <standalone jar> <version> [work dir] [require tools]}
work=${3:-$(pwd)/target/docker}
require_tools=${4:-false}

# MSM_IMAGE_NAME: another repository name than mock-secrets-manager, to build a variant beside it.
image=${MSM_IMAGE_NAME:-mock-secrets-manager}
base_image=$image-base:$version
uid=10001
port=4584
here=$(cd "$(dirname "$0")" && pwd)

unavailable() {
    if [ "$require_tools" = true ]; then
        echo "[image] ERROR: $1; the image is required (-Dmsm.requireTools=true)" >&2
        exit 1
    fi
    echo "[image] SKIPPED: $1; not building $image:$version (container tests will skip too)"
    exit 0
}

[ "$(uname -s)" = Linux ] || unavailable "the image can only be built on Linux (it copies the host's JDK and libraries)"
command -v docker >/dev/null 2>&1 || unavailable "no docker command on PATH"
docker info >/dev/null 2>&1 || unavailable "the Docker daemon does not answer 'docker info'"
command -v ldd >/dev/null 2>&1 || unavailable "no ldd on PATH"
[ -f "$jar" ] || { echo "[image] ERROR: no standalone jar at $jar (build core first)" >&2; exit 1; }

# The feature release of the JDK at $1 (25 for 25.0.3, 1 for 1.8.0), from its release file; 0 if none.
jdk_feature() {
    local v
    v=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$1/release" 2>/dev/null | head -n 1)
    echo "${v:-0}"
}
is_jdk() { [ -x "$1/bin/java" ] && [ -x "$1/bin/jlink" ] && [ -x "$1/bin/jdeps" ]; }
current_jdk=${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}
# The image's runtime comes from the JDK running the build, or MSM_IMAGE_JDK. A JDK 25+ gets an AOT
# cache (about 25% faster to the first answer without Docker, but 68.6 MB against 59.1 MB, over the
# 60 MB budget, and no gain measurable through `docker run`), hence not chosen by default.
if [ -n "${MSM_IMAGE_JDK:-}" ]; then
    java_home=$MSM_IMAGE_JDK
    jdk_source="MSM_IMAGE_JDK"
    is_jdk "$java_home" ||
        { echo "[image] ERROR: MSM_IMAGE_JDK=$java_home is not a JDK (no bin/java, jlink and jdeps)" >&2; exit 1; }
else
    java_home=$current_jdk
    jdk_source="the build's JDK; MSM_IMAGE_JDK=<JDK 25+> for an AOT cache"
fi
for tool in jlink jdeps; do
    [ -x "$java_home/bin/$tool" ] || unavailable "no $tool in $java_home (a full JDK 17+ is needed)"
done
jdk=$(jdk_feature "$java_home")
[ "$jdk" -ge 17 ] || unavailable "$java_home is not a JDK 17+ (release file says feature $jdk)"
if [ "$jdk" -ge 25 ]; then
    archive=app.aot
    archive_kind="AOT cache"
else
    archive=app.jsa
    archive_kind="class-data-sharing archive"
fi
echo "[image] runtime from JDK $jdk at $java_home ($jdk_source); start-up archive: $archive_kind $archive"

started=$(date +%s)
mkdir -p "$work"
root=$work/rootfs
runtime=$work/runtime

# -- 1. the Java runtime (reused while the JDK and the module list are unchanged) --
modules=$("$java_home/bin/jdeps" -q --print-module-deps --ignore-missing-deps --multi-release 17 "$jar")
# jdeps names modules some class in the jar refers to, not those the server uses. Left out, as this
# server never loads a class needing them (the training run in step 4 shows it): java.sql (only
# Undertow's JDBCLogHandler), java.xml (wildfly-client-config's XML reader; java.sql pulls it in
# too), java.security.jgss (Undertow's SPNEGO), java.desktop (Jackson's optional bean support).
# java.management neither: without it XNIO skips registering its optional MBeans, which saves
# loading some 150 JMX classes at start. java.naming (only JDBCLogHandler's DataSource lookup) and
# jdk.httpserver (only the api's RotationWebhookServer, a test-side helper) are left out too (0.5 MB).
# java.logging is added: jboss-logging falls back to it, and jdeps omits it when java.sql implies it.
modules=$(echo "$modules,java.logging" | tr , '\n' |
    grep -vx -e java.sql -e java.xml -e java.security.jgss -e java.desktop -e java.management \
        -e java.naming -e jdk.httpserver |
    sort -u | paste -sd, -)
# zip-6 is what JDK 21 deprecated --compress=2 for.
if [ "$jdk" -ge 21 ]; then compress=zip-6; else compress=2; fi
runtime_key="recipe 2: strip, no default CDS; $("$java_home/bin/java" -version 2>&1 | sed -n 1p) $java_home $modules $compress"
if [ ! -f "$runtime/release" ] || [ "$(cat "$work/runtime.key" 2>/dev/null)" != "$runtime_key" ]; then
    echo "[image] jlink runtime with $modules"
    rm -rf "$runtime"
    "$java_home/bin/jlink" --add-modules "$modules" --output "$runtime" \
        --strip-debug --no-header-files --no-man-pages --compress=$compress >/dev/null
    if command -v strip >/dev/null 2>&1; then
        chmod u+w "$runtime/lib/server/libjvm.so"
        strip --strip-unneeded "$runtime/lib/server/libjvm.so"
    fi
    echo "$runtime_key" >"$work/runtime.key"
fi

# -- 2. the root file system --
rm -rf "$root"
mkdir -p "$root/opt/msm" "$root/etc" "$root/tmp" "$root/usr/lib/locale"
cp -a "$runtime" "$root/opt/java"
cp "$jar" "$root/opt/msm/mock-secrets-manager.jar"
chmod 0644 "$root/opt/msm/mock-secrets-manager.jar"
# User 10001 reads the jar, and seed files copied here (SecretsManagerContainer.withSeedFile).
chmod 0755 "$root/opt" "$root/opt/msm"
chmod 1777 "$root/tmp"
printf 'root:x:0:0:root:/root:/sbin/nologin\nmsm:x:%s:%s:Mock Secrets Manager:/tmp:/sbin/nologin\n' $uid $uid >"$root/etc/passwd"
printf 'root:x:0:\nmsm:x:%s:\n' $uid >"$root/etc/group"
if [ -d /usr/lib/locale/C.utf8 ]; then
    cp -a /usr/lib/locale/C.utf8 "$root/usr/lib/locale/"
fi

# Every shared library any ELF file of the runtime needs, and the dynamic loader, at their host paths.
find "$root/opt/java" -type f \( -name '*.so' -o -path '*/bin/*' \) -print0 |
    xargs -0 ldd 2>/dev/null |
    awk '/=> \// { print $3 } /^\t\/[^ ]+ \(0x/ { print $1 }' |
    sort -u |
    while read -r library; do
        case "$library" in "$root"/*) continue ;; esac
        mkdir -p "$root$(dirname "$library")"
        cp -L "$library" "$root$library"
    done
# Where the loader is found through a symlinked /lib64 or /lib, keep the link.
for link in /lib64 /lib /bin; do
    if [ -L "$link" ] && [ ! -e "$root$link" ]; then
        ln -s "$(readlink "$link")" "$root$link"
    fi
done

# -- 3. the base image --
old_image=$(docker image inspect -f '{{.Id}}' "$image:$version" 2>/dev/null || true)
old_base=$(docker image inspect -f '{{.Id}}' "$base_image" 2>/dev/null || true)
tar -C "$root" --numeric-owner --owner=0 --group=0 -cf "$work/rootfs.tar" .
docker import \
    --change 'ENTRYPOINT ["/opt/java/bin/java"]' \
    --change 'CMD ["-version"]' \
    --change "ENV LANG=C.UTF-8" \
    "$work/rootfs.tar" "$base_image" >/dev/null
rm -f "$work/rootfs.tar"
docker run --rm --user $uid "$base_image" -version >/dev/null 2>&1 ||
    { echo "[image] ERROR: java does not run in $base_image:" >&2; docker run --rm "$base_image" -version >&2 || true; exit 1; }

# -- 4. the start-up archive (AOT cache or class-data-sharing archive) and jvm.args --
# The server's start-up flags, for the training run and in jvm.args: serial GC, C1 only and no perf
# data (a short-lived, small-heap test server starts faster with them).
start_flags=(-XX:+UseSerialGC -XX:MaxTenuringThreshold=0 -XX:TieredStopAtLevel=1 -XX:-UsePerfData
    -XX:MaxRAMPercentage=50)
if [ "$archive" = app.aot ]; then
    # The training run records what the JVM loads, links and profiles in app.aotconf, written at exit
    # (docker stop); a second JVM creates the cache from it (JEP 483's two steps, as JDK 24 has them).
    # -XX:AOTCache keeps -Xshare:auto's behaviour: a missing or unusable cache only logs an error.
    train_flags=(-XX:AOTMode=record -XX:AOTConfiguration=/opt/msm/app.aotconf)
    training_output=app.aotconf
    dump_flags=(-XX:AOTMode=create -XX:AOTConfiguration=/opt/msm/app.aotconf -XX:AOTCache=/opt/msm/app.aot)
    archive_flags=(-XX:AOTCache=/opt/msm/app.aot)
else
    train_flags=(-XX:DumpLoadedClassList=/opt/msm/classes.lst -Xshare:off)
    training_output=classes.lst
    dump_flags=(-Xshare:dump -XX:SharedClassListFile=/opt/msm/classes.lst -XX:SharedArchiveFile=/opt/msm/app.jsa)
    archive_flags=(-XX:SharedArchiveFile=/opt/msm/app.jsa -Xshare:auto)
fi
trainer=msm-archive-training-$$-$RANDOM
dumper=msm-archive-dump-$$-$RANDOM
cleanup_trainer() { docker rm -f "$trainer" "$dumper" >/dev/null 2>&1 || true; }
trap cleanup_trainer EXIT
# Seeds from a seed file and from MSM_SEEDS, so that both start-up paths are in the archive.
printf '[{"name": "seeded/file", "value": {"user": "app"}}, {"name": "seeded/file/binary", "base64": "AAEC"}]\n' \
    >"$work/training-seeds.json"
docker create --name "$trainer" --user 0 -p "127.0.0.1::$port" \
    -e MSM_HOST=0.0.0.0 -e MSM_LOG_LEVEL=info \
    -e MSM_SEED_FILE=/opt/msm/seeds.json \
    -e 'MSM_SEEDS=[{"name":"seeded","value":"value"},{"name":"seeded/binary","base64":"AAEC"}]' \
    "$base_image" "${train_flags[@]}" "${start_flags[@]}" -jar /opt/msm/mock-secrets-manager.jar >/dev/null
docker cp "$work/training-seeds.json" "$trainer:/opt/msm/seeds.json" >/dev/null
docker start "$trainer" >/dev/null
host_port=$(docker port "$trainer" "$port/tcp" | sed -n 1p | sed 's/.*://')

# One HTTP/1.0 exchange over bash's /dev/tcp (no curl in a minimal CI image); prints the status line.
http() {
    local method=$1 path=$2 target=${3:-} body=${4:-}
    exec 3<>"/dev/tcp/127.0.0.1/$host_port" || return 1
    {
        printf '%s %s HTTP/1.0\r\nHost: localhost\r\nContent-Length: %s\r\n' "$method" "$path" "${#body}"
        if [ -n "$target" ]; then
            printf 'Content-Type: application/x-amz-json-1.1\r\nX-Amz-Target: secretsmanager.%s\r\n' "$target"
        fi
        printf '\r\n%s' "$body"
    } >&3
    local status
    IFS= read -r status <&3 || status=
    exec 3<&-
    echo "${status%$'\r'}"
}

for _ in $(seq 1 200); do
    case "$(http GET /__admin/health 2>/dev/null || true)" in *" 200"*) break ;; esac
    sleep 0.05
done
# Each call must answer as expected: a 5xx or a dropped connection here means a module is missing.
expect() {
    local want=$1 got
    shift
    got=$(http "$@" || true)
    case "$got" in *" $want"*) ;; *)
        echo "[image] ERROR: training call '$1 $2 ${3:-}' answered '$got', expected $want:" >&2
        docker logs "$trainer" >&2 || true
        exit 1 ;;
    esac
}
token() { printf 'a1b2c3d4-0000-4000-8000-%012d' "$1"; }
expect 200 POST / GetSecretValue '{"SecretId":"seeded/file"}'
expect 200 POST / GetSecretValue '{"SecretId":"seeded"}'
for round in 1 2; do
    name=training/$round
    expect 200 POST / CreateSecret "{\"Name\":\"$name\",\"SecretString\":\"one\",\"ClientRequestToken\":\"$(token 1)\",\"Description\":\"d\",\"Tags\":[{\"Key\":\"k\",\"Value\":\"v\"}]}"
    expect 200 POST / PutSecretValue "{\"SecretId\":\"$name\",\"SecretString\":\"two\",\"ClientRequestToken\":\"$(token 2)\"}"
    expect 200 POST / PutSecretValue "{\"SecretId\":\"$name\",\"SecretBinary\":\"AAEC\",\"ClientRequestToken\":\"$(token 3)\",\"VersionStages\":[\"AWSPENDING\"]}"
    expect 200 POST / GetSecretValue "{\"SecretId\":\"$name\"}"
    expect 200 POST / GetSecretValue "{\"SecretId\":\"$name\",\"VersionStage\":\"AWSPENDING\"}"
    expect 200 POST / DescribeSecret "{\"SecretId\":\"$name\"}"
    expect 200 POST / ListSecretVersionIds "{\"SecretId\":\"$name\",\"IncludeDeprecated\":true,\"MaxResults\":1}"
    expect 200 POST / UpdateSecretVersionStage "{\"SecretId\":\"$name\",\"VersionStage\":\"AWSCURRENT\",\"MoveToVersionId\":\"$(token 3)\",\"RemoveFromVersionId\":\"$(token 2)\"}"
    expect 200 POST / DeleteSecret "{\"SecretId\":\"$name\",\"RecoveryWindowInDays\":7}"
    expect 200 POST / RestoreSecret "{\"SecretId\":\"$name\"}"
    expect 400 POST / GetSecretValue "{\"SecretId\":\"missing\"}"
    expect 400 POST / PutSecretValue "{not json"
    expect 200 POST / ListSecrets "{\"Filters\":[{\"Key\":\"name\",\"Values\":[\"training\"]}]}"
    expect 200 POST / UpdateSecret "{\"SecretId\":\"$name\",\"Description\":\"e\"}"
    expect 200 POST / TagResource "{\"SecretId\":\"$name\",\"Tags\":[{\"Key\":\"k2\",\"Value\":\"v2\"}]}"
    expect 200 POST / BatchGetSecretValue "{\"SecretIdList\":[\"$name\"]}"
    expect 200 POST / GetRandomPassword "{\"PasswordLength\":20}"
    expect 400 POST / Frobnicate "{}"
    expect 200 GET /__admin/secrets
    expect 200 POST /__admin/reset
done
status=$(http GET /__admin/health || true)
case "$status" in *" 200"*) ;; *)
    echo "[image] ERROR: the training server did not answer (status '$status'):" >&2
    docker logs "$trainer" >&2 || true
    exit 1 ;;
esac
docker stop -t 60 "$trainer" >/dev/null
rm -rf "$work/$training_output" "$work/image"
docker cp "$trainer:/opt/msm/$training_output" "$work/$training_output" >/dev/null 2>&1 ||
    { echo "[image] ERROR: the training run wrote no $training_output:" >&2; docker logs "$trainer" >&2 || true; exit 1; }
docker create --name "$dumper" --user 0 "$base_image" "${dump_flags[@]}" "${start_flags[@]}" \
    -cp /opt/msm/mock-secrets-manager.jar >/dev/null
docker cp "$work/$training_output" "$dumper:/opt/msm/$training_output" >/dev/null
docker start -a "$dumper" >"$work/archive-dump.log" 2>&1 ||
    { echo "[image] ERROR: making $archive failed:" >&2; cat "$work/archive-dump.log" >&2; exit 1; }
# The build context of both images: msm/ (the archive and jvm.args, for /opt/msm) and the Dockerfile.
mkdir -p "$work/image/msm"
docker cp "$dumper:/opt/msm/$archive" "$work/image/msm/$archive" >/dev/null
chmod 0644 "$work/image/msm/$archive"
cleanup_trainer
# The java launcher's argument file (one argument a line), read by the ENTRYPOINT of the image and by
# docker-entrypoint.sh of the LocalStack variant.
printf '%s\n' "${archive_flags[@]}" "${start_flags[@]}" >"$work/image/msm/jvm.args"
chmod 0644 "$work/image/msm/jvm.args"

# -- 5. the image --
cp "$here/Dockerfile" "$work/image/Dockerfile"
docker build -q --build-arg "BASE_IMAGE=$base_image" --build-arg "VERSION=$version" \
    -t "$image:$version" -t "$image:latest" "$work/image" >/dev/null 2>"$work/docker-build.log" ||
    { cat "$work/docker-build.log" >&2; exit 1; }
# The archive must be usable where it is: -Xshare:on / -XX:AOTMode=on fail instead of running without.
if [ "$archive" = app.aot ]; then strict=-XX:AOTMode=on; else strict=-Xshare:on; fi
docker run --rm --entrypoint /opt/java/bin/java "$image:$version" @/opt/msm/jvm.args "$strict" \
    -cp /opt/msm/mock-secrets-manager.jar -version >"$work/archive-check.log" 2>&1 ||
    { echo "[image] ERROR: $image:$version cannot use its $archive:" >&2; cat "$work/archive-check.log" >&2; exit 1; }

# -- 6. the LocalStack variant, <version>-localstack: the same runtime, jar, archive and jvm.args, plus a static
#    busybox (sh, for LocalStackContainer's start script) and LocalStack's entrypoint path --
localstack_tag=$image:$version-localstack
old_localstack=$(docker image inspect -f '{{.Id}}' "$localstack_tag" 2>/dev/null || true)
busybox=${MSM_BUSYBOX:-$(command -v busybox || true)}
if [ -z "$busybox" ] || ! "$busybox" --list 2>/dev/null | grep -qx sh ||
    ldd "$busybox" >/dev/null 2>&1; then
    why="no static busybox (apt-get install busybox-static, or MSM_BUSYBOX=<path>)"
    if [ "$require_tools" = true ]; then
        echo "[image] ERROR: $why; the LocalStack variant is required (-Dmsm.requireTools=true)" >&2
        exit 1
    fi
    echo "[image] SKIPPED $localstack_tag: $why (its tests will skip too)"
    localstack_built=
else
    context=$work/localstack
    rm -rf "$context"
    # Where /bin points in the base (usr/bin on a merged-/usr host), so that /bin/sh and /bin/bash exist.
    if [ -L "$root/bin" ]; then bin_dir=$(readlink "$root/bin"); else bin_dir=bin; fi
    bin_dir=${bin_dir#/}
    mkdir -p "$context/rootfs/$bin_dir" "$context/rootfs/usr/local/bin"
    cp -L "$busybox" "$context/rootfs/$bin_dir/busybox"
    chmod 0755 "$context/rootfs/$bin_dir/busybox"
    for applet in $("$busybox" --list); do
        [ -e "$context/rootfs/$bin_dir/$applet" ] || ln -s busybox "$context/rootfs/$bin_dir/$applet"
    done
    # busybox has no bash applet; LocalStackContainer's start script is POSIX sh under #!/bin/bash.
    install -m 0755 "$here/bash-as-sh.sh" "$context/rootfs/$bin_dir/bash"
    install -m 0755 "$here/docker-entrypoint.sh" "$context/rootfs/usr/local/bin/docker-entrypoint.sh"
    cp -a "$work/image/msm" "$context/msm"
    cp "$here/Dockerfile.localstack" "$context/Dockerfile"
    docker build -q --build-arg "BASE_IMAGE=$base_image" --build-arg "VERSION=$version" \
        -t "$localstack_tag" "$context" >/dev/null 2>"$work/docker-build-localstack.log" ||
        { cat "$work/docker-build-localstack.log" >&2; exit 1; }
    localstack_built=" and $localstack_tag"
fi

# Drop the images this script built before, now that nothing is tagged with them.
for previous in "$old_image" "$old_base" "$old_localstack"; do
    if [ -n "$previous" ] && [ -z "$(docker image inspect -f '{{join .RepoTags ""}}' "$previous" 2>/dev/null)" ]; then
        docker rmi "$previous" >/dev/null 2>&1 || true
    fi
done

size=$(docker image inspect -f '{{.Size}}' "$image:$version")
echo "[image] built $image:$version and $image:latest ($((size / 1000000)) MB, JDK $jdk, $archive $(($(stat -c %s "$work/image/msm/$archive") / 1000000)) MB)${localstack_built:-} in $(($(date +%s) - started)) s, offline (build-image.sh: this host's JDK and libraries, docker import; multiarch/Dockerfile is the registry-based build)"
