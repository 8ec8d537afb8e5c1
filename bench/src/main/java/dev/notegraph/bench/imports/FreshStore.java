package dev.notegraph.bench.imports;

import dev.notegraph.importer.ImportListener;
import dev.notegraph.importer.ImportSummary;
import dev.notegraph.importer.Importer;
import dev.notegraph.importer.extract.NotesAnalyzer;
import dev.notegraph.schema.EmbeddedNeo4j;
import dev.notegraph.schema.FileTrees;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Logging;

/** An empty embedded Neo4j in a temporary folder, deleted on close; the store every cold import starts from. */
final class FreshStore implements AutoCloseable {

    private final Path folder;
    private final EmbeddedNeo4j neo4j;
    private final Driver driver;

    FreshStore(Path workDir) throws IOException {
        this.folder = Files.createTempDirectory(workDir, "store-");
        this.neo4j = EmbeddedNeo4j.start(folder);
        this.driver = GraphDatabase.driver(
                neo4j.boltUri(),
                AuthTokens.none(),
                Config.builder().withLogging(Logging.none()).build());
    }

    /** Imports the folder, timing the whole call from outside the importer as well. */
    Run importFolder(Path notes, NotesAnalyzer analyzer) {
        var started = System.nanoTime();
        // As the backend imports into its embedded store: the first import is a bulk one.
        var summary =
                new Importer(driver, analyzer).withBulkFirstImport(neo4j).importFolder(notes, ImportListener.NONE);
        return new Run(summary, Duration.ofNanos(System.nanoTime() - started));
    }

    @Override
    public void close() throws IOException {
        driver.close();
        neo4j.close();
        FileTrees.delete(folder);
    }

    /** One import: what the importer reported and the wall-clock time around it. */
    record Run(ImportSummary summary, Duration wall) {

        double seconds() {
            return wall.toNanos() / 1e9;
        }
    }
}
