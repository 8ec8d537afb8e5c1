package dev.notegraph.explorer.importing;

import dev.notegraph.schema.ConceptRelation;
import java.util.Map;
import org.neo4j.driver.Driver;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/stats}: how big the graph is and whether the import is still running. */
@RestController
final class StatsController {

    private final Driver driver;
    private final ImportState state;

    StatsController(Driver driver, ImportState state) {
        this.driver = driver;
        this.state = state;
    }

    @GetMapping("/api/stats")
    Stats stats() {
        var snapshot = state.snapshot();
        var query =
                """
                CALL () { MATCH (n:Note) RETURN count(n) AS notes }
                CALL () { MATCH (s:Section) RETURN count(s) AS sections }
                CALL () { MATCH (c:Concept) RETURN count(c) AS concepts }
                CALL () {
                  MATCH (:Concept)-[r]->(:Concept) WHERE type(r) IN $types
                  RETURN count(r) AS relations
                }
                RETURN notes, sections, concepts, relations
                """;
        try (var session = driver.session()) {
            return session.executeRead(tx -> {
                var r = tx.run(query, Map.of("types", ConceptRelation.names())).single();
                return new Stats(
                        r.get("notes").asLong(),
                        r.get("sections").asLong(),
                        r.get("concepts").asLong(),
                        r.get("relations").asLong(),
                        snapshot.importing(),
                        snapshot.error(),
                        snapshot.summary().map(s -> s.timings().total().toMillis()));
            });
        }
    }
}
