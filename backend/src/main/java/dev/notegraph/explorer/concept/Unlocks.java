package dev.notegraph.explorer.concept;

import dev.notegraph.schema.StudyPlanner;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.TransactionContext;

/**
 * What a concept unlocks: the concepts it is a prerequisite of, transitively, nearest first. The reverse of the
 * study path, so the same confidence floor and depth: what is too weak to be a step unlocks nothing.
 */
final class Unlocks {

    /** Enough to show what opens up next; a hub is a prerequisite of thousands. */
    static final int MAX_UNLOCKS = 30;

    private Unlocks() {}

    /** A concept unlocked: hops from the concept and the strongest edge that reaches it from the level before. */
    record Unlock(ConceptView concept, int distance, double confidence) {}

    /** Level by level (each level's strongest first), so a near concept is never crowded out by a far one. */
    static List<Unlock> of(TransactionContext tx, String id) {
        var query =
                """
                MATCH (x:Concept)-[r:PREREQUISITE_OF]->(n:Concept)
                WHERE x.id IN $frontier AND NOT n.id IN $seen AND r.confidence >= $floor
                WITH n, max(r.confidence) AS confidence
                ORDER BY confidence DESC, n.mentionCount DESC, n.id
                LIMIT $room
                RETURN n, confidence
                """;
        var unlocks = new ArrayList<Unlock>();
        var seen = new HashSet<>(List.of(id));
        List<String> frontier = List.of(id);
        for (int distance = 1; distance <= StudyPlanner.MAX_DEPTH && !frontier.isEmpty(); distance++) {
            var parameters = Map.<String, Object>of(
                    "frontier",
                    frontier,
                    "seen",
                    List.copyOf(seen),
                    "floor",
                    StudyPlanner.MIN_CONFIDENCE,
                    "room",
                    MAX_UNLOCKS - unlocks.size());
            int hops = distance;
            var level = tx.run(query, parameters)
                    .list(r -> new Unlock(
                            ConceptView.toConcept(r.get("n")),
                            hops,
                            r.get("confidence").asDouble()));
            unlocks.addAll(level);
            frontier = level.stream().map(u -> u.concept().id()).toList();
            seen.addAll(frontier);
        }
        return List.copyOf(unlocks);
    }
}
