# One image per ledger service, each from its runnable jar. Build the jars first:
#   ./mvnw -B -DskipTests package      (then: docker compose up --build)
# JAR is the jar to run, relative to the repository root, e.g. command-side/target/command-side-0.1.0-SNAPSHOT-exec.jar
FROM eclipse-temurin:17-jre
ARG JAR
RUN useradd --system --uid 10001 ledger
WORKDIR /app
COPY deploy/healthcheck.sh /app/healthcheck.sh
COPY ${JAR} /app/service.jar
USER ledger
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/service.jar"]
