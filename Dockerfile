# The ledger as a container. Build the jar first (mvn -B -DskipTests package), or let compose do both:
# docker compose build builds this image from the already-built jar.
FROM eclipse-temurin:21-jre
RUN useradd --system --uid 10001 ledger
WORKDIR /app
COPY ledger-app/target/ledger-app.jar /app/ledger-app.jar
USER ledger
EXPOSE 8080
ENV JAVA_OPTS="-XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError"
HEALTHCHECK --interval=10s --timeout=3s --retries=12 CMD ["sh", "-c", "wget -qO- http://127.0.0.1:8080/actuator/health/readiness || exit 1"]
ENTRYPOINT ["sh", "-c", "exec java $JAVA_OPTS -jar /app/ledger-app.jar --spring.profiles.active=external"]
