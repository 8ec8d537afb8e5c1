package dev.notegraph.explorer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.notegraph.explorer.config.EarlyStart;
import dev.notegraph.importer.ImportListener;
import dev.notegraph.importer.Importer;
import dev.notegraph.importer.extract.MarkdownNotesAnalyzer;
import dev.notegraph.schema.EmbeddedNeo4j;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * On a fresh store the notes are analysed while Neo4j starts; the graph must be the one the plain sequential
 * import (read, compare, analyse, write) makes of the same notes.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FreshStoreImportIT {

    private static final String FACTS =
            """
            MATCH (n:Note) RETURN 'note ' + n.path + ' ' + n.sha256 AS line
            UNION ALL
            MATCH (s:Section)-[m:MENTIONS]->(c:Concept)
            RETURN 'mention ' + s.id + ' ' + c.id + ' ' + toString(m.count) + ' ' + m.form AS line
            UNION ALL
            MATCH (c:Concept)
            RETURN 'concept ' + c.id + ' ' + c.name + ' ' + c.aliasText + ' ' + toString(c.mentionCount) AS line
            UNION ALL
            MATCH (a:Concept)-[r]->(b:Concept)
            RETURN 'relation ' + a.id + ' ' + type(r) + ' ' + b.id + ' ' + toString(r.weight) AS line
            """;

    static Path dataDir;

    @Autowired
    TestRestTemplate http;

    @Autowired
    Driver driver;

    @Autowired
    EarlyStart early;

    @TempDir
    Path sequentialStore;

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) throws Exception {
        dataDir = Files.createTempDirectory("explorer-fresh");
        registry.add("explorer.data-dir", dataDir::toString);
        registry.add("explorer.page-cache", () -> "64MB");
    }

    @Test
    void shouldImportTheSameGraphAsTheSequentialPath() throws Exception {
        assertThat(early.analysis()).isPresent();
        awaitImport();
        var early = facts(driver);

        try (var server = EmbeddedNeo4j.start(sequentialStore);
                var sequential = GraphDatabase.driver(server.boltUri(), AuthTokens.none())) {
            var summary = new Importer(sequential, new MarkdownNotesAnalyzer())
                    .importFolder(dataDir.resolve("bundled-notes"), ImportListener.NONE);
            assertThat(summary.imported()).isEqualTo(5);
            assertThat(early).hasSizeGreaterThan(1000).containsExactlyElementsOf(facts(sequential));
        }
    }

    private void awaitImport() throws InterruptedException {
        var deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (System.nanoTime() < deadline) {
            var stats = http.getForObject("/api/stats", String.class);
            if (stats != null && stats.contains("\"importing\":false")) {
                assertThat(stats).contains("\"importError\":null");
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the start-up import did not finish");
    }

    private static List<String> facts(Driver driver) {
        try (var session = driver.session()) {
            return session.executeRead(tx -> tx.run(FACTS).stream()
                    .map(r -> r.get("line").asString())
                    .sorted()
                    .toList());
        }
    }
}
