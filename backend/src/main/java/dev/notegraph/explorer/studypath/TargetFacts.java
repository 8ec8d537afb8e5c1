package dev.notegraph.explorer.studypath;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.neo4j.driver.TransactionContext;

/** What a study path needs to know about its target besides its edges: the learner's word and its notes. */
final class TargetFacts {

    private TargetFacts() {}

    /** The concepts a learner's correction says are no prerequisite of the target. */
    static List<String> notPrerequisites(TransactionContext tx, String target) {
        var query =
                """
                MATCH (c:Concept {id: $id})
                RETURN coalesce(c.notPrerequisites, []) AS ids
                """;
        return tx.run(query, Map.of("id", target)).stream()
                .findFirst()
                .map(r -> r.get("ids").asList(org.neo4j.driver.Value::asString))
                .orElse(List.of());
    }

    /** The notes that mention the target: the scope a path's longer chains must be stated in. */
    static Set<String> notesAbout(TransactionContext tx, String target) {
        var query =
                """
                MATCH (n:Note)-[:HAS_SECTION]->(:Section)-[:MENTIONS]->(:Concept {id: $id})
                RETURN DISTINCT n.path AS path
                """;
        return tx.run(query, Map.of("id", target)).stream()
                .map(r -> r.get("path").asString())
                .collect(Collectors.toSet());
    }
}
