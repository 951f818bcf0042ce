# Build: docker build -t edutrack .   Run: docker run -p 9080:9080 -e EDUTRACK_DB_URL=... edutrack
# Stage 1 builds the WAR with the Maven wrapper; stage 2 is the Open Liberty image configured by
# environment variables (see README: EDUTRACK_DB_URL, EDUTRACK_JWT_PRIVATE_KEY, ...).
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
COPY liquibase liquibase
COPY src src
# Both JDBC drivers: PostgreSQL for EDUTRACK_DB_URL, H2 for the embedded default when none is set.
RUN ./mvnw -q -DskipTests package \
 && ./mvnw -q dependency:copy -Dartifact=org.postgresql:postgresql:42.7.5 -DoutputDirectory=target/jdbc -Dmdep.stripVersion=true \
 && ./mvnw -q dependency:copy -Dartifact=com.h2database:h2:2.3.232 -DoutputDirectory=target/jdbc -Dmdep.stripVersion=true

FROM icr.io/appcafe/open-liberty:kernel-slim-java17-openj9-ubi
COPY --chown=1001:0 src/main/liberty/config/server.xml /config/server.xml
COPY --chown=1001:0 --from=build /src/target/jdbc/ /config/jdbc/
# features.sh installs the features server.xml names
RUN features.sh
COPY --chown=1001:0 --from=build /src/target/edutrack.war /config/apps/edutrack.war
ENV EDUTRACK_MEDIA_ROOT=/opt/ol/wlp/output/defaultServer/media
EXPOSE 9080 9443
RUN configure.sh
