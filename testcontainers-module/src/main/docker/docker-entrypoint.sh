#!/bin/sh
# The entrypoint of the LocalStack variant, mock-secrets-manager:<version>-localstack, at the path of
# LocalStack's own (/usr/local/bin/docker-entrypoint.sh), which Testcontainers' LocalStackContainer
# runs from its start script. The JVM flags are those of the main image's ENTRYPOINT (Dockerfile):
# both read /opt/msm/jvm.args, the start-up archive's flag and the start-up flags build-image.sh wrote.
if [ -r /opt/msm/jvm.args ]; then
    exec /opt/java/bin/java @/opt/msm/jvm.args -jar /opt/msm/mock-secrets-manager.jar --localstack "$@"
fi
# An image without jvm.args (multiarch/Dockerfile until it writes one): its class-data archive's flags.
exec /opt/java/bin/java -XX:SharedArchiveFile=/opt/msm/app.jsa -Xshare:auto -XX:+UseSerialGC \
    -XX:MaxTenuringThreshold=0 -XX:TieredStopAtLevel=1 -XX:-UsePerfData -XX:MaxRAMPercentage=50 \
    -jar /opt/msm/mock-secrets-manager.jar --localstack "$@"
