# newsflow image: the launcher jar and its runtime classpath, for the stages in docker-compose.yml.
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY . .
RUN mvn -B -q -Dmaven.test.skip=true package

FROM eclipse-temurin:17-jre
WORKDIR /opt/newsflow
# in a container the HTTP server must listen beyond loopback to be reached through a published port
ENV NEWSFLOW_HTTP_BIND=0.0.0.0
COPY --from=build /src/app/target/newsflow.jar /opt/newsflow/newsflow.jar
COPY --from=build /src/app/target/lib /opt/newsflow/lib
ENTRYPOINT ["java", "-Xmx1g", "-XX:+UseParallelGC", "-jar", "/opt/newsflow/newsflow.jar"]
CMD ["--help"]
