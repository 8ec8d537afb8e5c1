package dev.notegraph.explorer.studypath;

import dev.notegraph.schema.StudyPlanner;
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
        // "unlocks" counts successors whose other prerequisites are known already, so learning this
        // concept alone makes them learnable; "leadsTo" counts every unknown successor. Both favour
        // foundations over merely frequent words; mentions break the remaining ties. Only edges a study path
        // would follow count: a weak one (document order alone) is no reason to learn something first.
        var query =
                """
                MATCH (c:Concept)
                WHERE NOT c.id IN $known
                WITH c, [(p:Concept)-[r:PREREQUISITE_OF]->(c) WHERE coalesce(r.confidence, 1.0) >= $floor | p.id] AS prerequisites
                WHERE all(p IN prerequisites WHERE p IN $known)
                WITH c, prerequisites, [(c)-[r:PREREQUISITE_OF]->(d:Concept)
                                                   WHERE NOT d.id IN $known AND coalesce(r.confidence, 1.0) >= $floor | d] AS successors
                WITH c, prerequisites, size(successors) AS leadsTo,
                     size([d IN successors
                           WHERE all(q IN [(o:Concept)-[e:PREREQUISITE_OF]->(d) WHERE coalesce(e.confidence, 1.0) >= $floor | o.id] WHERE q IN $known OR q = c.id)
                     ]) AS unlocks
                RETURN c.id AS id, c.name AS name, coalesce(c.aliases, []) AS aliases, prerequisites, unlocks,
                       leadsTo, coalesce(c.mentionCount, 0) AS mentionCount
                ORDER BY unlocks DESC, leadsTo DESC, mentionCount DESC, name
                LIMIT $limit
                """;
        try (var session = driver.session()) {
            return session.executeRead(tx -> tx.run(
                            query,
                            Values.parameters("known", known, "limit", limit, "floor", StudyPlanner.MIN_CONFIDENCE))
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
                row.get("leadsTo").asInt(),
                row.get("mentionCount").asLong(),
                row.get("prerequisites").asList(v -> v.asString()));
    }
}
