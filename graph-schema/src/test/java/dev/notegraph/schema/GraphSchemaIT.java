package dev.notegraph.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.neo4j.driver.Driver;

class GraphSchemaIT {

    @RegisterExtension
    static final EmbeddedNeo4jExtension neo4j = new EmbeddedNeo4jExtension();

    private final Driver driver = neo4j.driver();

    @Test
    void shouldCreateConstraintsAndOnlineIndexesIdempotently() {
        GraphSchema.apply(driver);
        GraphSchema.apply(driver);

        try (var session = driver.session()) {
            var constraints = session.run("SHOW CONSTRAINTS YIELD name RETURN collect(name) AS names")
                    .single()
                    .get("names")
                    .asList(org.neo4j.driver.Value::asString);
            assertThat(constraints).contains("note_path", "note_id", "section_id", "concept_id", "term_key");
            var indexes = session.run("SHOW INDEXES YIELD name, state WHERE state = 'ONLINE' RETURN collect(name) AS n")
                    .single()
                    .get("n")
                    .asList(org.neo4j.driver.Value::asString);
            assertThat(indexes).contains("concept_names", "term_key_text", "section_note");
        }
    }

    @Test
    void shouldListEveryMigrationInTheFolderOldestFirst() throws IOException {
        try (var files = Files.list(Path.of("src/main/resources/neo4j/migrations"))) {
            var names = files.map(f -> f.getFileName().toString()).sorted().toList();

            assertThat(GraphSchema.MIGRATIONS).isEqualTo(names);
        }
    }

    @Test
    void shouldReportTheLatestVersionWhenAlreadyUpToDate() {
        var first = GraphSchema.apply(driver);
        var again = GraphSchema.apply(driver);

        assertThat(again).contains(GraphSchema.latestVersion());
        assertThat(first.orElseThrow()).isGreaterThanOrEqualTo(GraphSchema.latestVersion());
        try (var session = driver.session()) {
            var versions = session.run("MATCH (m:__Neo4jMigration) WHERE m.version <> 'BASELINE' RETURN count(m) AS n")
                    .single()
                    .get("n")
                    .asLong();
            assertThat(versions).isEqualTo(GraphSchema.MIGRATIONS.size());
        }
    }

    @Test
    void shouldFindChineseBigramsThroughTheCjkIndex() {
        GraphSchema.apply(driver);
        try (var session = driver.session()) {
            session.run("CREATE (:Concept {id: 'gil', name: 'GIL', aliasText: '全局解释器锁 Global Interpreter Lock'})")
                    .consume();
            var hit = session.run(
                            "CALL db.index.fulltext.queryNodes('concept_names', $q) YIELD node RETURN node.id AS id",
                            java.util.Map.of("q", "解释器"))
                    .single()
                    .get("id")
                    .asString();
            assertThat(hit).isEqualTo("gil");
        }
    }
}
