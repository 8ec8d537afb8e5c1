package dev.notegraph.importer.write;

import dev.notegraph.importer.model.KnowledgeGraph;
import dev.notegraph.importer.model.NoteGraph;
import dev.notegraph.schema.EmbeddedNeo4j;
import dev.notegraph.schema.GraphSchema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.neo4j.driver.Driver;
import org.neo4j.driver.SessionConfig;

/**
 * The first import into an embedded store that holds nothing yet: the graph goes to Neo4j's batch importer,
 * which writes the store files directly, then the migrations build the indexes and constraints. The
 * transactional writers give the same graph (BulkImportEqualityIT) but pay index seeks and commits per row;
 * they stay for every later import and for servers reached over Bolt.
 */
public final class FreshStoreWriter {

    private static final int INDEX_WAIT_SECONDS = 300;

    private final EmbeddedNeo4j neo4j;
    private final Driver driver;
    private final SessionConfig sessionConfig;

    public FreshStoreWriter(EmbeddedNeo4j neo4j, Driver driver, SessionConfig sessionConfig) {
        this.neo4j = neo4j;
        this.driver = driver;
        this.sessionConfig = sessionConfig;
    }

    /** Whether the store holds nothing but what the migrations wrote about themselves. */
    public boolean empty() {
        var cypher =
                """
                RETURN NOT EXISTS {
                  MATCH (n) WHERE none(label IN labels(n) WHERE label STARTS WITH '__Neo4jMigration')
                } AS empty
                """;
        try (var session = driver.session(sessionConfig)) {
            return session.executeRead(
                    tx -> tx.run(cypher).single().get("empty").asBoolean());
        }
    }

    /**
     * Replaces the store with these notes and the concept layer, then applies the schema; tells {@code written}
     * of every note once the store is back.
     */
    public void write(
            List<NoteFacts> notes,
            Instant importedAt,
            KnowledgeGraph graph,
            Map<String, List<String>> notPrerequisites,
            Consumer<NoteGraph> written) {
        var bulk = BulkGraph.of(
                notes, importedAt, graph.concepts(), graph.edges(), notPrerequisites, graph.brokenCycles());
        try {
            neo4j.rewriteStore((layout, config) -> BatchImport.write(layout, config, new BulkInput(bulk)));
        } catch (IOException e) {
            throw new UncheckedIOException("the bulk import into the fresh store failed", e);
        }
        awaitIndexes();
        GraphSchema.apply(driver);
        notes.forEach(facts -> written.accept(facts.note()));
    }

    /**
     * The lookup indexes the batch importer built come up populating after the restart, and a query planned
     * on one then fails ("Index is still populating") instead of waiting.
     */
    private void awaitIndexes() {
        try (var session = driver.session(sessionConfig)) {
            session.run("CALL db.awaitIndexes($seconds)", Map.of("seconds", INDEX_WAIT_SECONDS))
                    .consume();
        }
    }
}
