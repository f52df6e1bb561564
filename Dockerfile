# syntax=docker/dockerfile:1
# The ledger as a container image, built from source in two stages on Java 17 (the build's release):
#   docker build -t ledger:0.1.0 .          (or: docker compose build)
# The image runs ledger-app-prod.jar, which holds no embedded servers (ledger-dev), extracted into Spring Boot's
# layers so that a change of the ledger's own classes rebuilds one thin layer, not the ~65 MB of libraries.

FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
# the local repository is a build cache (BuildKit): dependencies download once, not on every source change
COPY . .
RUN --mount=type=cache,target=/root/.m2 mvn -B -q -DskipTests package \
 && java -Djarmode=tools -jar ledger-app/target/ledger-app-prod.jar extract --layers --launcher --destination /layers

FROM eclipse-temurin:17-jre
# a fixed non-root uid/gid (Kubernetes' runAsUser and fsGroup name them); /run/secrets/ledger is where compose's
# init step writes the secrets (docker-compose.yml) and Kubernetes may mount them (LEDGER_SECRETS_DIR)
RUN groupadd --system --gid 10001 ledger \
 && useradd --system --uid 10001 --gid 10001 --no-create-home --shell /usr/sbin/nologin ledger \
 && mkdir -p /run/secrets/ledger && chown 10001:10001 /run/secrets/ledger
WORKDIR /app
# least to most often changed: libraries, Spring Boot's launcher, snapshot modules, the ledger's classes
COPY --from=build /layers/dependencies/ ./
COPY --from=build /layers/spring-boot-loader/ ./
COPY --from=build /layers/snapshot-dependencies/ ./
COPY --from=build /layers/application/ ./
USER 10001:10001
EXPOSE 8080
# MaxRAMPercentage sizes the heap from the container's memory limit (docs/operations.md, "Scale")
ENV JAVA_OPTS="-XX:MaxRAMPercentage=70 -XX:+ExitOnOutOfMemoryError" \
    SPRING_PROFILES_ACTIVE=external
# the start-up took up to 107 s on a loaded 2-core host (docs/benchmarks.md, "Start-up"): the start period is the
# startupProbe's 300 s (the first success ends it); the probe is a JDK class of the image (no curl or wget in the base image)
HEALTHCHECK --interval=10s --timeout=5s --start-period=300s --retries=3 \
  CMD ["java", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx16m", "-cp", "/app/BOOT-INF/classes", \
       "bank.ledger.app.ops.HealthProbe", "http://127.0.0.1:8080/actuator/health/readiness"]
ENTRYPOINT ["sh", "-c", "exec java $JAVA_OPTS org.springframework.boot.loader.launch.JarLauncher \"$@\"", "ledger"]
