# Kring for production: built in a throwaway stage, run as a non-root user on a JRE.
FROM maven:3.9-eclipse-temurin-25 AS build
WORKDIR /src
COPY pom.xml .
COPY domain/pom.xml domain/
COPY persistence/pom.xml persistence/
COPY app-ui/pom.xml app-ui/
RUN mvn -B -q dependency:go-offline -DskipTests || true
COPY . .
RUN mvn -B -q -DskipTests package

FROM eclipse-temurin:25-jre
# libheif-examples: heif-convert, so that HEIC photos from iPhones and iPads are accepted
RUN apt-get update && apt-get install -y --no-install-recommends curl libheif-examples \
    && rm -rf /var/lib/apt/lists/* \
    && useradd --system --uid 10001 --home-dir /app kring
WORKDIR /app
COPY --from=build /src/app-ui/target/kring.jar /app/kring.jar
USER kring
EXPOSE 8080
# Configure with KRING_DB_URL, KRING_DB_USER, KRING_DB_PASSWORD (see README)
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/kring.jar"]
HEALTHCHECK --interval=10s --timeout=3s --start-period=60s \
  CMD curl -fs http://localhost:8080/actuator/health/readiness || exit 1
