package dev.notegraph.schema;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.neo4j.driver.Driver;

class GraphSchemaTests {

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
