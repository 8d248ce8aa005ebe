#!/bin/sh
# The entrypoint of the LocalStack variant, mock-secrets-manager:<version>-localstack, at the path of
# LocalStack's own (/usr/local/bin/docker-entrypoint.sh), which Testcontainers' LocalStackContainer
# runs from its start script. The JVM flags are those of the main image's ENTRYPOINT (Dockerfile):
# both read /opt/msm/jvm.args, the start-up archive's flag and the start-up flags (written by build-image.sh
# or multiarch/Dockerfile).
exec /opt/java/bin/java @/opt/msm/jvm.args -jar /opt/msm/mock-secrets-manager.jar --localstack "$@"
