package dev.notegraph.schema;

import ac.simons.neo4j.migrations.core.Migrations;
import ac.simons.neo4j.migrations.core.MigrationsConfig;
import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.neo4j.driver.Driver;
import org.neo4j.driver.SessionConfig;

/** Brings a database to the current graph model: versioned migrations, then waits for the indexes. */
public final class GraphSchema {

    /** Where the versioned {@code .cypher} migrations live on the classpath. */
    public static final String MIGRATIONS_LOCATION = "classpath:neo4j/migrations";

    /**
     * Every migration, oldest first. Listed rather than discovered: the classpath scan neo4j-migrations does by
     * default walks every jar (seconds in the backend's fat jar). GraphSchemaIT checks the list against
     * the folder.
     */
    static final List<String> MIGRATIONS =
            List.of("V0001__Constraints.cypher", "V0002__Search_indexes.cypher", "V0003__Concept_topics.cypher");

    private static final int INDEX_WAIT_SECONDS = 300;

    private GraphSchema() {}

    /** Applies pending migrations and blocks until every index is online; returns the schema version. */
    public static Optional<String> apply(Driver driver) {
        var latest = latestVersion();
        // A database already at the latest version with every index online needs nothing: two small reads.
        if (upToDate(driver, latest)) {
            return Optional.of(latest);
        }
        var config = MigrationsConfig.builder()
                .withLocationsToScan(MIGRATIONS_LOCATION)
                .withResourceScanner(locations -> resources())
                .withAutocrlf(true)
                .build();
        var version = new Migrations(config, driver).apply().map(Object::toString);
        try (var session = driver.session(SessionConfig.defaultConfig())) {
            session.run("CALL db.awaitIndexes($seconds)", Map.of("seconds", INDEX_WAIT_SECONDS))
                    .consume();
        }
        return version;
    }

    /** The version of the newest migration, as neo4j-migrations records it ({@code "0002"}). */
    static String latestVersion() {
        var name = MIGRATIONS.get(MIGRATIONS.size() - 1);
        return name.substring(1, name.indexOf("__"));
    }

    private static boolean upToDate(Driver driver, String latest) {
        var applied = "RETURN EXISTS { MATCH (m:__Neo4jMigration {version: $latest}) } AS applied";
        var pending = "SHOW INDEXES YIELD state WHERE state <> 'ONLINE' RETURN count(*) AS pending";
        try (var session = driver.session(SessionConfig.defaultConfig())) {
            return session.executeRead(tx -> tx.run(applied, Map.of("latest", latest))
                            .single()
                            .get("applied")
                            .asBoolean()
                    && tx.run(pending).single().get("pending").asLong() == 0);
        }
    }

    private static List<URL> resources() {
        var loader = GraphSchema.class.getClassLoader();
        return MIGRATIONS.stream()
                .map(name -> Objects.requireNonNull(
                        loader.getResource("neo4j/migrations/" + name), () -> "missing migration " + name))
                .toList();
    }
}
