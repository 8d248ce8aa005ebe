#!/usr/bin/env bash
# The JUnit extension's overhead per test class (server start + client creation + stop): generates 200
# trivial test classes annotated with the extension's annotation, whose test asks for an injected
# client, and 200 plain ones, runs all 400 in one JVM through the
# JUnit Platform launcher, and prints the median class duration of each kind and their difference.
#
#   extension-overhead.sh <project root> <work dir>     (bench/run.sh calls it)
set -euo pipefail
root=$1
work=$2/extension
classes=${BENCH_EXTENSION_CLASSES:-200}
mvn_cmd=${MVN:-mvn -B -q}
here=$(cd "$(dirname "$0")" && pwd)
rm -rf "$work" && mkdir -p "$work/gen/bench/generated" "$work/classes" "$work/lib"

ext_jar=$(ls "$root"/junit-extension/target/*.jar 2>/dev/null | grep -v -e sources -e javadoc -e tests | sed -n 1p)
[ -f "$ext_jar" ] || { echo "no junit-extension jar (build failed?)" >&2; exit 1; }
annotation=$(unzip -Z1 "$ext_jar" | grep -E '(^|/)MockSecretsManager\.class$' | sed -n 1p | sed 's/\.class$//; s#/#.#g')
[ -n "$annotation" ] || { echo "no MockSecretsManager annotation in $ext_jar" >&2; exit 1; }

# Nothing is installed in ~/.m2, so core and api come from this reactor, which resolves them only
# when they are packaged in the same invocation: package (no tests or extras), then the classpath.
# Each module writes the file in turn; junit-extension, last in the reactor, writes it last.
(cd "$root" && $mvn_cmd -pl junit-extension -am package dependency:build-classpath -DskipTests \
    -Dmaven.javadoc.skip=true -Dmaven.source.skip=true -Djacoco.skip=true -Dspotless.check.skip=true \
    -Dmdep.includeScope=test -Dmdep.outputFile="$work/classpath.txt") >&2
junit_version=$(sed -n 's#.*<junit.version>\(5\.[^<]*\)</junit.version>.*#\1#p' "$root/pom.xml" | sed -n 1p)
platform_version=1.${junit_version#5.}
(cd "$root" && $mvn_cmd dependency:copy -Dartifact="org.junit.platform:junit-platform-console-standalone:$platform_version" \
    -DoutputDirectory="$work/lib") >&2
classpath="$ext_jar:$(cat "$work/classpath.txt"):$(ls "$work"/lib/*.jar)"

for i in $(seq -w 1 "$classes"); do
    cat >"$work/gen/bench/generated/WithExtension$i.java" <<JAVA
package bench.generated;
@$annotation
class WithExtension$i {
    // Asking for a client makes the extension start the server and build the client: the cost measured.
    @org.junit.jupiter.api.Test
    void test(software.amazon.awssdk.services.secretsmanager.SecretsManagerClient client) {}
}
JAVA
    cat >"$work/gen/bench/generated/Plain$i.java" <<JAVA
package bench.generated;
class Plain$i {
    @org.junit.jupiter.api.Test
    void test() {}
}
JAVA
done
javac -nowarn -d "$work/classes" -cp "$classpath" "$here"/src-junit/io/github/mocksecretsmanager/bench/*.java \
    "$work"/gen/bench/generated/*.java
java -XX:+UseSerialGC -cp "$work/classes:$classpath" io.github.mocksecretsmanager.bench.ExtensionOverhead bench.generated
