package dev.notegraph.schema;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

/**
 * A real embedded Neo4j, talked to through the driver as a server would be. One server per test JVM (starting
 * one costs seconds); before each test class it is emptied of data, indexes and constraints, so every class
 * starts on what a fresh store would give it. Register it as a static field with {@code @RegisterExtension};
 * the test jar of graph-schema shares it with the other modules' tests.
 */
public final class EmbeddedNeo4jExtension implements BeforeAllCallback {

    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(EmbeddedNeo4jExtension.class);

    private Server server;

    @Override
    public void beforeAll(ExtensionContext context) {
        server =
                context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent("server", k -> Server.start(), Server.class);
        server.reset();
    }

    /** The driver of the running server; valid from {@code beforeAll} on. */
    public Driver driver() {
        return server.driver;
    }

    /** Removes every node and relationship, keeping the schema: a clean graph for the next test. */
    public void clear() {
        try (var session = driver().session()) {
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
        try (var session = driver().session()) {
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

    /** The JVM's server; JUnit closes it when the last test class of the run is done. */
    private static final class Server implements ExtensionContext.Store.CloseableResource {

        private final Path store;
        private final EmbeddedNeo4j neo4j;
        private final Driver driver;

        private Server(Path store) {
            this.store = store;
            this.neo4j = EmbeddedNeo4j.start(store);
            this.driver = GraphDatabase.driver(neo4j.boltUri(), AuthTokens.none());
        }

        static Server start() {
            try {
                return new Server(Files.createTempDirectory("neo4j-test"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** What a fresh store has: no data, and only the token lookup indexes Neo4j creates itself. */
        void reset() {
            try (var session = driver.session()) {
                session.run("MATCH (n) CALL { WITH n DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS")
                        .consume();
                for (var name : names(session, "SHOW CONSTRAINTS YIELD name RETURN name")) {
                    session.run("DROP CONSTRAINT $name", Map.of("name", name)).consume();
                }
                for (var name : names(session, "SHOW INDEXES YIELD name, type WHERE type <> 'LOOKUP' RETURN name")) {
                    session.run("DROP INDEX $name", Map.of("name", name)).consume();
                }
            }
        }

        private static List<String> names(org.neo4j.driver.Session session, String query) {
            return session.run(query).list(r -> r.get("name").asString());
        }

        @Override
        public void close() throws IOException {
            driver.close();
            neo4j.close();
            FileTrees.delete(store);
        }
    }
}
