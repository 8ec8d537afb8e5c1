package dev.notegraph.explorer.studypath;

import dev.notegraph.explorer.concept.ConceptLookup;
import dev.notegraph.explorer.concept.ConceptView;
import dev.notegraph.explorer.concept.EdgeView;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.neo4j.driver.Driver;
import org.neo4j.driver.TransactionContext;
import org.springframework.stereotype.Component;

/**
 * Plans a study path: walks PREREQUISITE_OF edges backwards from the target, never through a known concept,
 * so what only known concepts need is left out with them.
 */
@Component
final class StudyPaths {

    private static final int MAX_CONCEPTS = 300;

    private final Driver driver;
    private final ConceptLookup lookup;

    StudyPaths(Driver driver, ConceptLookup lookup) {
        this.driver = driver;
        this.lookup = lookup;
    }

    StudyPath plan(ConceptView target, Set<String> known) {
        var edges = new ArrayList<EdgeView>();
        var needed = new LinkedHashSet<String>(List.of(target.id()));
        try (var session = driver.session()) {
            session.executeRead(tx -> walk(tx, target.id(), known, needed, edges));
        }
        var concepts = lookup.findAll(needed);
        var names = new HashMap<String, String>();
        concepts.values().forEach(c -> names.put(c.id(), c.name()));
        var steps = StudyOrder.of(target.id(), needed, edges, names).stream()
                .filter(concepts::containsKey)
                .map(id -> new StudyPath.Step(concepts.get(id), because(id, edges)))
                .toList();
        return new StudyPath(target, steps, List.copyOf(known));
    }

    private static Void walk(
            TransactionContext tx, String target, Set<String> known, Set<String> needed, List<EdgeView> edges) {
        var query =
                """
                MATCH (p:Concept)-[r:PREREQUISITE_OF]->(x:Concept)
                WHERE x.id IN $frontier AND NOT p.id IN $known
                RETURN {source: p.id, target: x.id, type: type(r), props: properties(r)} AS edge
                ORDER BY r.confidence DESC
                """;
        List<String> frontier = List.of(target);
        while (!frontier.isEmpty() && needed.size() < MAX_CONCEPTS) {
            var params = Map.<String, Object>of("frontier", frontier, "known", List.copyOf(known));
            var found = tx.run(query, params).list(r -> EdgeView.toEdge(r.get("edge")));
            var next = new ArrayList<String>();
            for (var edge : found) {
                edges.add(edge);
                if (needed.add(edge.source())) {
                    next.add(edge.source());
                }
            }
            frontier = next;
        }
        return null;
    }

    private static List<EdgeView> because(String id, List<EdgeView> edges) {
        return edges.stream().filter(e -> e.source().equals(id)).toList();
    }
}
