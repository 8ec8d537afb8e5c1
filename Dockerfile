# Builds the backend and the importer CLI from source; used by docker-compose.yml.
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY . .
RUN ./mvnw -B -ntp -DskipTests package

FROM eclipse-temurin:17-jre AS backend
# curl serves the compose health check.
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=build /src/backend/target/backend.jar /app/backend.jar
EXPOSE 8080
ENTRYPOINT ["java", "-Xmx1g", "-jar", "/app/backend.jar"]

FROM eclipse-temurin:17-jre AS importer
WORKDIR /app
COPY --from=build /src/importer/target/importer.jar /app/importer.jar
COPY --from=build /src/importer/target/lib /app/lib
ENTRYPOINT ["java", "-Xmx2g", "-jar", "/app/importer.jar"]
