package dev.notegraph.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.notegraph.importer.extract.MarkdownNotesAnalyzer;
import dev.notegraph.schema.EmbeddedNeo4j;
import dev.notegraph.schema.FolderCopy;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

/**
 * The bulk first import (Neo4j's batch importer writing the store files, then the migrations) and the
 * transactional import leave the same graph: every label, property and relationship, and the same schema.
 */
class BulkImportEqualityIT {

    private static final MarkdownNotesAnalyzer ANALYZER = new MarkdownNotesAnalyzer();

    @TempDir
    Path work;

    @Test
    @Timeout(value = 10, unit = TimeUnit.MINUTES)
    void shouldWriteTheSeedsAsTheTransactionalImportDoes() {
        var notes = Seeds.copyTo(work.resolve("notes"));
        var transactional = export(work.resolve("tx"), false, notes, importer -> {});
        var later = new Stages();
        // The bulk store then takes a second, forced import of the same notes: one store start-up and one
        // seeds import fewer than a test of its own for "only the first import goes the bulk way".
        var bulk = export(work.resolve("bulk"), true, notes, importer -> importer.importFolder(notes, later, true));

        assertThat(CanonicalGraph.count(transactional, "node :Concept")).isPositive();
        assertThat(CanonicalGraph.count(transactional, "rel ")).isPositive();
        assertThat(CanonicalGraph.missingFrom(bulk, transactional)).isEmpty();
        assertThat(CanonicalGraph.missingFrom(transactional, bulk)).isEmpty();
        assertThat(bulk).isEqualTo(transactional);
        // The bulk path's own stages were checked by export(); a later import of a store holding notes is
        // transactional.
        assertThat(later.names).contains("writing notes").doesNotContain("writing the store");
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.MINUTES)
    void shouldWriteTheJavaguideCorpusAsTheTransactionalImportDoes() throws IOException {
        // The transactional import of the corpus: the store this build imports once for every test.
        var copy = FolderCopy.copy(JavaguideStore.store(), work.resolve("tx"));
        List<String> transactional;
        try (var neo4j = EmbeddedNeo4j.start(copy);
                var driver = GraphDatabase.driver(neo4j.boltUri(), AuthTokens.none())) {
            transactional = CanonicalGraph.of(driver);
        }
        var bulk = export(work.resolve("bulk"), true, JavaguideStore.CORPUS, importer -> {});

        assertThat(CanonicalGraph.count(transactional, "node :Note")).isGreaterThan(400);
        assertThat(CanonicalGraph.missingFrom(bulk, transactional)).isEmpty();
        assertThat(CanonicalGraph.missingFrom(transactional, bulk)).isEmpty();
        assertThat(bulk).isEqualTo(transactional);
    }

    /**
     * Imports the notes into a new store, the bulk way or not, and returns its canonical lines; {@code after}
     * then gets a new importer of the same kind for a later import into that store.
     */
    private static List<String> export(Path store, boolean bulk, Path notes, Consumer<Importer> after) {
        try (var neo4j = EmbeddedNeo4j.start(store);
                var driver = GraphDatabase.driver(neo4j.boltUri(), AuthTokens.none())) {
            var stages = new Stages();
            importer(driver, neo4j, bulk).importFolder(notes, stages);
            assertThat(stages.names.contains("writing the store"))
                    .as("bulk path taken")
                    .isEqualTo(bulk);
            assertThat(stages.names.contains("writing notes"))
                    .as("transactional path taken")
                    .isNotEqualTo(bulk);
            var lines = CanonicalGraph.of(driver);
            after.accept(importer(driver, neo4j, bulk));
            return lines;
        }
    }

    private static Importer importer(Driver driver, EmbeddedNeo4j neo4j, boolean bulk) {
        var importer = new Importer(driver, ANALYZER);
        return bulk ? importer.withBulkFirstImport(neo4j) : importer;
    }

    private static final class Stages implements ImportListener {

        private final List<String> names = new ArrayList<>();

        @Override
        public void stage(String name) {
            names.add(name);
        }
    }
}
