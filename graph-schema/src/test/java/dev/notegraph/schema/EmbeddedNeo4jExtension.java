package dev.notegraph.schema;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

/**
 * A real embedded Neo4j for one test class, on its own store and Bolt port, talked to through the driver as a
 * server would be. Register it as a static field with {@code @RegisterExtension}; the test jar of graph-schema
 * shares it with the other modules' tests.
 */
public final class EmbeddedNeo4jExtension implements BeforeAllCallback, AfterAllCallback {

    private Path store;
    private EmbeddedNeo4j neo4j;
    private Driver driver;

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        store = Files.createTempDirectory("neo4j-test");
        neo4j = EmbeddedNeo4j.start(store);
        driver = GraphDatabase.driver(neo4j.boltUri(), AuthTokens.none());
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        driver.close();
        neo4j.close();
        try (var paths = Files.walk(store)) {
            paths.sorted(Comparator.reverseOrder()).forEach(EmbeddedNeo4jExtension::delete);
        }
    }

    /** The driver of the running server; valid from {@code beforeAll} to {@code afterAll}. */
    public Driver driver() {
        return driver;
    }

    /** Removes every node and relationship, keeping the schema: a clean graph for the next test. */
    public void clear() {
        try (var session = driver.session()) {
            session.executeWriteWithoutResult(
                    tx -> tx.run("MATCH (n) DETACH DELETE n").consume());
        }
    }

    /**
     * Nodes counted by their first label and relationships by their type, sorted: two graphs written the same
     * way compare equal.
     */
    public Map<String, Long> counts() {
        var counts = new TreeMap<String, Long>();
        try (var session = driver.session()) {
            for (var cypher : List.of(
                    "MATCH (n) RETURN labels(n)[0] AS k, count(*) AS n",
                    "MATCH ()-[r]->() RETURN type(r) AS k, count(*) AS n")) {
                session.executeRead(tx -> tx.run(cypher).list())
                        .forEach(r ->
                                counts.put(r.get("k").asString(), r.get("n").asLong()));
            }
        }
        return counts;
    }

    private static void delete(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
