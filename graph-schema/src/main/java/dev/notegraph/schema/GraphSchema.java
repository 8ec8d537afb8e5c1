package dev.notegraph.schema;

import ac.simons.neo4j.migrations.core.Migrations;
import ac.simons.neo4j.migrations.core.MigrationsConfig;
import java.util.Optional;
import org.neo4j.driver.Driver;
import org.neo4j.driver.SessionConfig;

/** Brings a database to the current graph model: versioned migrations, then waits for the indexes. */
public final class GraphSchema {

    /** Where the versioned {@code .cypher} migrations live on the classpath. */
    public static final String MIGRATIONS_LOCATION = "classpath:neo4j/migrations";

    private static final int INDEX_WAIT_SECONDS = 300;

    private GraphSchema() {}

    /** Applies pending migrations and blocks until every index is online; returns the schema version. */
    public static Optional<String> apply(Driver driver) {
        var config = MigrationsConfig.builder()
                .withLocationsToScan(MIGRATIONS_LOCATION)
                .withAutocrlf(true)
                .build();
        var version = new Migrations(config, driver).apply().map(Object::toString);
        try (var session = driver.session(SessionConfig.defaultConfig())) {
            session.run("CALL db.awaitIndexes($seconds)", java.util.Map.of("seconds", INDEX_WAIT_SECONDS))
                    .consume();
        }
        return version;
    }
}
