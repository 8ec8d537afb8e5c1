package dev.notegraph.explorer.web;

import java.util.List;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Values;
import org.springframework.stereotype.Component;

/** Concepts not yet known whose prerequisites all are, ranked by what they open up. */
@Component
final class LearnNextReader {

    private final Driver driver;

    LearnNextReader(Driver driver) {
        this.driver = driver;
    }

    List<NextConcept> next(List<String> known, int limit) {
        // "unlocks" counts successors whose other prerequisites are known already, so learning
        // this concept alone makes them learnable; ties go to the more mentioned concept.
        var query =
                """
                MATCH (c:Concept)
                WHERE NOT c.id IN $known
                WITH c, [(p:Concept)-[:PREREQUISITE_OF]->(c) | p.id] AS prerequisites
                WHERE all(p IN prerequisites WHERE p IN $known)
                WITH c, prerequisites,
                     size([(c)-[:PREREQUISITE_OF]->(d:Concept)
                           WHERE NOT d.id IN $known
                             AND all(q IN [(o:Concept)-[:PREREQUISITE_OF]->(d) | o.id] WHERE q IN $known OR q = c.id)
                           | d.id]) AS unlocks
                RETURN c.id AS id, c.name AS name, coalesce(c.aliases, []) AS aliases, prerequisites, unlocks,
                       coalesce(c.mentionCount, 0) AS mentionCount
                ORDER BY unlocks DESC, mentionCount DESC, name
                LIMIT $limit
                """;
        try (var session = driver.session()) {
            return session.executeRead(tx -> tx.run(query, Values.parameters("known", known, "limit", limit))
                    .list(this::toNext));
        }
    }

    private NextConcept toNext(Record row) {
        var concept = new ConceptRef(
                row.get("id").asString(),
                row.get("name").asString(),
                row.get("aliases").asList(v -> v.asString()));
        return new NextConcept(
                concept,
                row.get("unlocks").asInt(),
                row.get("mentionCount").asLong(),
                row.get("prerequisites").asList(v -> v.asString()));
    }
}
