#!/bin/sh
# The entrypoint of the LocalStack variant, mock-secrets-manager:<version>-localstack, at the path of
# LocalStack's own (/usr/local/bin/docker-entrypoint.sh), which Testcontainers' LocalStackContainer
# runs from its start script. The JVM flags are those of the main image's ENTRYPOINT (Dockerfile):
# keep them in step, or the class-data archive app.jsa goes unused.
exec /opt/java/bin/java -XX:SharedArchiveFile=/opt/msm/app.jsa -Xshare:auto -XX:+UseSerialGC \
    -XX:MaxTenuringThreshold=0 -XX:TieredStopAtLevel=1 -XX:-UsePerfData -XX:MaxRAMPercentage=50 \
    -jar /opt/msm/mock-secrets-manager.jar --localstack "$@"
