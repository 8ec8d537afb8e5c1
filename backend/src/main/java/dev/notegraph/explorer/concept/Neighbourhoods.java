package dev.notegraph.explorer.concept;

import dev.notegraph.schema.ConceptRelation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionContext;
import org.springframework.stereotype.Component;

/**
 * The concepts around one concept, hop by hop. Each hop keeps the strongest neighbours first, so a limit
 * cuts the weakest links rather than arbitrary ones.
 */
@Component
final class Neighbourhoods {

    /** Typed, so a popular concept's MENTIONS are never walked: the type list is the enum's, not input. */
    private static final String CONCEPT_RELATIONS = ConceptRelation.typeExpression();

    private final Driver driver;

    Neighbourhoods(Driver driver) {
        this.driver = driver;
    }

    GraphViews around(String id, int depth, List<String> types, int limit) {
        try (var session = driver.session()) {
            return session.executeRead(tx -> {
                var ids = reach(tx, id, depth, types, limit);
                return new GraphViews(nodes(tx, ids), edges(tx, ids, types));
            });
        }
    }

    private static LinkedHashSet<String> reach(
            TransactionContext tx, String id, int depth, List<String> types, int limit) {
        var query =
                """
                MATCH (a:Concept)-[r:%s]-(b:Concept)
                WHERE a.id IN $frontier AND type(r) IN $types AND NOT b.id IN $seen
                WITH b, max(coalesce(r.weight, r.confidence, 0.0)) AS strength
                ORDER BY strength DESC, b.mentionCount DESC, b.id
                LIMIT $room
                RETURN b.id AS id
                """
                        .formatted(CONCEPT_RELATIONS);
        var seen = new LinkedHashSet<String>(List.of(id));
        List<String> frontier = List.of(id);
        for (int hop = 0; hop < depth && !frontier.isEmpty() && seen.size() < limit; hop++) {
            var params = Map.<String, Object>of(
                    "frontier", frontier, "types", types, "seen", List.copyOf(seen), "room", limit - seen.size());
            frontier = tx.run(query, params).list(r -> r.get("id").asString());
            seen.addAll(frontier);
        }
        return seen;
    }

    private static List<ConceptView> nodes(TransactionContext tx, LinkedHashSet<String> ids) {
        var query =
                """
                MATCH (c:Concept) WHERE c.id IN $ids
                RETURN c
                """;
        var order = new ArrayList<>(ids);
        return tx.run(query, Map.of("ids", order)).list(r -> ConceptView.toConcept(r.get("c"))).stream()
                .sorted(Comparator.comparingInt(c -> order.indexOf(c.id())))
                .toList();
    }

    private static List<EdgeView> edges(TransactionContext tx, LinkedHashSet<String> ids, List<String> types) {
        var query =
                """
                MATCH (a:Concept)-[r:%s]->(b:Concept)
                WHERE a.id IN $ids AND b.id IN $ids AND type(r) IN $types
                RETURN {source: a.id, target: b.id, type: type(r), props: properties(r)} AS edge
                ORDER BY coalesce(r.weight, r.confidence, 0.0) DESC
                """
                        .formatted(CONCEPT_RELATIONS);
        return tx.run(query, Map.of("ids", List.copyOf(ids), "types", types)).list(Neighbourhoods::toEdge);
    }

    private static EdgeView toEdge(Record record) {
        return EdgeView.toEdge(record.get("edge"));
    }
}
