# syntax=docker/dockerfile:1
# Build: the JDK stage builds the jar with the Maven wrapper (tests run in CI, not here).
FROM eclipse-temurin:25-jdk AS build
WORKDIR /src
COPY mvnw pom.xml ./
COPY .mvn .mvn
RUN ./mvnw -B -ntp dependency:go-offline -q || true
COPY frontend frontend
COPY src src
RUN ./mvnw -B -ntp -DskipTests package && cp target/glassbox-*.jar /glassbox.jar

# Run: a JRE, a non-root user, one port.
FROM eclipse-temurin:25-jre
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*
RUN useradd --system --uid 10001 --home-dir /app glassbox
WORKDIR /app
COPY --from=build /glassbox.jar /tmp/glassbox.jar
# The encoder's matrix products use the JDK's Vector API, an incubator module every JVM must be told to load
# (without it the plain loops run, several times slower). Fail the build here if this runtime lacks the module.
RUN java --list-modules | grep -q '^jdk.incubator.vector@'
ENV JDK_JAVA_OPTIONS="--add-modules=jdk.incubator.vector"
# A faster start (README, "Start-up"): the jar unpacked into plain jars (read faster than jars inside a jar, and the
# only kind an AOT cache can hold), then one training start, up to a running context, whose loaded and linked classes
# and method profiles the JDK (25) keeps in an AOT cache that every start reads.
RUN java -Djarmode=tools -jar /tmp/glassbox.jar extract --destination /app && rm /tmp/glassbox.jar \
 && java -XX:AOTCacheOutput=/app/glassbox.aot -Dspring.context.exit=onRefresh -jar /app/glassbox.jar --server.port=0
USER glassbox
ENV PORT=8080
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
  CMD curl -fsS "http://127.0.0.1:${PORT}/actuator/health" | grep -q '"UP"' || exit 1
ENTRYPOINT ["java", "-XX:AOTCache=/app/glassbox.aot", "-XX:MaxRAMPercentage=75", "-jar", "/app/glassbox.jar"]
