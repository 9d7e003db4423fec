# newsflow image: the launcher jar and its runtime classpath, for the stages in docker-compose.yml.
#   docker build -t newsflow .            (docker compose up --build does it too)
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
# The dependencies first, in a layer of their own: only a changed pom.xml downloads them again, not a changed source.
# One line per module of the parent pom (DockerComposeTest checks that none is missing).
COPY pom.xml ./
COPY schemas/pom.xml schemas/
COPY broker/pom.xml broker/
COPY testkit/pom.xml testkit/
COPY ingest/pom.xml ingest/
COPY enrich/pom.xml enrich/
COPY sink/pom.xml sink/
COPY service/pom.xml service/
COPY app/pom.xml app/
COPY examples/pom.xml examples/
COPY bench/pom.xml bench/
RUN mvn -B -q dependency:go-offline
COPY . .
RUN mvn -B -q -Dmaven.test.skip=true -Dcheckstyle.skip=true -pl app -am package

FROM eclipse-temurin:17-jre
# a user of its own, not root; /data holds what the stages read and write (compose mounts volumes there), writable
# whichever uid compose runs them as (NEWSFLOW_UID, to own files written to ./out)
RUN groupadd --system --gid 10001 newsflow \
    && useradd --system --uid 10001 --gid newsflow --home-dir /opt/newsflow --no-create-home newsflow \
    && mkdir -p /data/state /data/out /data/inbox \
    && chown -R newsflow:newsflow /data && chmod -R 1777 /data
WORKDIR /opt/newsflow
# in a container the HTTP server must listen beyond loopback to be reached through a published port
ENV NEWSFLOW_HTTP_BIND=0.0.0.0
COPY --from=build /src/app/target/lib /opt/newsflow/lib
COPY --from=build /src/app/target/newsflow.jar /opt/newsflow/newsflow.jar
USER newsflow
ENTRYPOINT ["java", "-Xmx1g", "-XX:+UseParallelGC", "-jar", "/opt/newsflow/newsflow.jar"]
CMD ["--help"]
