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
        var transactional = export(work.resolve("tx"), false, Seeds.folder());
        var bulk = export(work.resolve("bulk"), true, Seeds.folder());

        assertThat(CanonicalGraph.count(transactional, "node :Concept")).isPositive();
        assertThat(CanonicalGraph.count(transactional, "rel ")).isPositive();
        assertThat(CanonicalGraph.missingFrom(bulk, transactional)).isEmpty();
        assertThat(CanonicalGraph.missingFrom(transactional, bulk)).isEmpty();
        assertThat(bulk).isEqualTo(transactional);
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
        var bulk = export(work.resolve("bulk"), true, JavaguideStore.CORPUS);

        assertThat(CanonicalGraph.count(transactional, "node :Note")).isGreaterThan(400);
        assertThat(CanonicalGraph.missingFrom(bulk, transactional)).isEmpty();
        assertThat(CanonicalGraph.missingFrom(transactional, bulk)).isEmpty();
        assertThat(bulk).isEqualTo(transactional);
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.MINUTES)
    void shouldImportTransactionallyOnceTheStoreHoldsNotes() {
        var notes = Seeds.copyTo(work.resolve("notes"));
        try (var neo4j = EmbeddedNeo4j.start(work.resolve("store"));
                var driver = GraphDatabase.driver(neo4j.boltUri(), AuthTokens.none())) {
            var first = new Stages();
            importer(driver, neo4j, true).importFolder(notes, first);
            var later = new Stages();
            importer(driver, neo4j, true).importFolder(notes, later, true);

            assertThat(first.names).contains("writing the store").doesNotContain("writing notes");
            assertThat(later.names).contains("writing notes").doesNotContain("writing the store");
        }
    }

    private static List<String> export(Path store, boolean bulk, Path notes) {
        try (var neo4j = EmbeddedNeo4j.start(store);
                var driver = GraphDatabase.driver(neo4j.boltUri(), AuthTokens.none())) {
            var stages = new Stages();
            importer(driver, neo4j, bulk).importFolder(notes, stages);
            assertThat(stages.names.contains("writing the store"))
                    .as("bulk path taken")
                    .isEqualTo(bulk);
            return CanonicalGraph.of(driver);
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
