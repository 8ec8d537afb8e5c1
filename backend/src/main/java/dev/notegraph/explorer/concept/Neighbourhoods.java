package dev.notegraph.explorer.concept;

import dev.notegraph.schema.ConceptRelation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionContext;
import org.springframework.stereotype.Component;

/**
 * The concepts around one concept, hop by hop. Each hop keeps the strongest neighbours first, so a limit
 * cuts the weakest links rather than arbitrary ones; between them, each concept shows its strongest edges, so
 * a neighbourhood of hubs (hundreds of edges among fifty concepts) stays readable and small.
 */
@Component
final class Neighbourhoods {

    /** Typed, so a popular concept's MENTIONS are never walked: the type list is the enum's, not input. */
    private static final String CONCEPT_RELATIONS = ConceptRelation.typeExpression();

    private final Driver driver;

    Neighbourhoods(Driver driver) {
        this.driver = driver;
    }

    Neighbourhood around(String id, int depth, List<String> types, int limit, int edgesPerConcept) {
        try (var session = driver.session()) {
            return session.executeRead(tx -> {
                var reach = reach(tx, id, depth, types, limit);
                var edges = strongestEdges(tx, reach.ids(), types, edgesPerConcept);
                return Neighbourhood.of(nodes(tx, reach.ids()), reach.capped(), edges, edgesPerConcept);
            });
        }
    }

    /** The concepts reached, in order, and whether the limit left some out. */
    private record Reach(LinkedHashSet<String> ids, boolean capped) {}

    /** Asks each hop for one more than there is room for, so a full hop knows whether it left any out. */
    private static Reach reach(TransactionContext tx, String id, int depth, List<String> types, int limit) {
        var query =
                """
                MATCH (a:Concept)-[r:%s]-(b:Concept)
                WHERE a.id IN $frontier AND type(r) IN $types AND NOT b.id IN $seen
                WITH b, max(coalesce(r.weight, r.confidence, 0.0)) AS strength
                ORDER BY strength DESC, b.mentionCount DESC, b.id
                LIMIT $take
                RETURN b.id AS id
                """
                        .formatted(CONCEPT_RELATIONS);
        var seen = new LinkedHashSet<String>(List.of(id));
        var capped = false;
        List<String> frontier = List.of(id);
        for (int hop = 0; hop < depth && !frontier.isEmpty() && !capped; hop++) {
            var room = limit - seen.size();
            var params = Map.<String, Object>of(
                    "frontier", frontier, "types", types, "seen", List.copyOf(seen), "take", room + 1);
            var found = tx.run(query, params).list(r -> r.get("id").asString());
            capped = found.size() > room;
            frontier = capped ? found.subList(0, room) : found;
            seen.addAll(frontier);
        }
        return new Reach(seen, capped);
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

    /**
     * Each node's strongest edges among the nodes. The join on {@code a} matches the edges into the nodes against
     * the nodes themselves by a hash of node ids: a set of hubs has thousands of edges, and filtering each on a
     * property or a list of nodes cost more than reading them. Only the kept edges are projected.
     */
    private static Neighbourhood.Edges strongestEdges(
            TransactionContext tx, Set<String> ids, List<String> types, int perConcept) {
        var query =
                """
                MATCH (a:Concept)-[r:%s]->(b:Concept)
                USING INDEX a:Concept(id)
                USING INDEX b:Concept(id)
                USING JOIN ON a
                WHERE a.id IN $ids AND b.id IN $ids AND type(r) IN $types
                WITH r, coalesce(r.weight, r.confidence, 0.0) AS strength
                UNWIND [startNode(r), endNode(r)] AS end
                WITH end, r, strength ORDER BY strength DESC, type(r)
                WITH end, collect(r) AS rs
                WITH collect(rs[..$per]) AS kept, sum(size(rs)) AS ends
                UNWIND kept AS strongest
                UNWIND strongest AS r
                WITH ends, collect(DISTINCT r) AS edges
                RETURN ends / 2 AS total, [r IN edges | {source: startNode(r).id, target: endNode(r).id,
                                                         type: type(r), props: properties(r)}] AS edges
                """
                        .formatted(CONCEPT_RELATIONS);
        var params = Map.<String, Object>of("ids", List.copyOf(ids), "types", types, "per", perConcept);
        return tx.run(query, params).stream()
                .findFirst()
                .map(Neighbourhoods::toEdges)
                .orElse(new Neighbourhood.Edges(List.of(), 0));
    }

    private static Neighbourhood.Edges toEdges(Record record) {
        var edges = record.get("edges").asList(EdgeView::toEdge).stream()
                .sorted(Comparator.comparingDouble(EdgeView::weight).reversed())
                .toList();
        return new Neighbourhood.Edges(edges, record.get("total").asLong());
    }
}
