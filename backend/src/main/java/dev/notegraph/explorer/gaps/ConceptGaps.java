package dev.notegraph.explorer.gaps;

import dev.notegraph.explorer.concept.ConceptView;
import dev.notegraph.explorer.concept.EdgeView;
import dev.notegraph.schema.ConceptRelation;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;

/** The gaps of single concepts: never defined, related to nothing, and the prerequisites dropped from cycles. */
final class ConceptGaps {

    private ConceptGaps() {}

    record Page<T>(List<T> items, long total) {}

    /** A concept counts as explained when the importer found a defining sentence for it (its summary). */
    static Page<GapReport.Undefined> undefined(TransactionContext tx, int limit) {
        var where = "MATCH (c:Concept) WHERE c.name IS NOT NULL AND c.summary IS NULL";
        var query = where + " RETURN c ORDER BY c.mentionCount DESC, c.noteCount DESC, c.id LIMIT $limit";
        var items = tx.run(query, Map.of("limit", limit)).list(ConceptGaps::toUndefined);
        return new Page<>(items, count(tx, where));
    }

    static Page<ConceptView> isolated(TransactionContext tx, int limit) {
        var where = "MATCH (c:Concept) WHERE c.name IS NOT NULL AND NOT EXISTS { (c)-[:%s]-(:Concept) }"
                .formatted(ConceptRelation.typeExpression());
        var query = where + " RETURN c ORDER BY c.mentionCount DESC, c.id LIMIT $limit";
        var items = tx.run(query, Map.of("limit", limit)).list(r -> ConceptView.toConcept(r.get("c")));
        return new Page<>(items, count(tx, where));
    }

    /** Reported as the PREREQUISITE_OF edge it was; the strongest drops are the most surprising. */
    static Page<GapReport.BrokenCycle> brokenCycles(TransactionContext tx, int limit) {
        var where = "MATCH (a:Concept)-[r:%s]->(b:Concept)".formatted(ConceptRelation.DROPPED_PREREQUISITE);
        var query = where
                + """

                RETURN {source: a.id, target: b.id, type: $type, props: properties(r)} AS edge, r.cycle AS cycle,
                       [c IN [id IN r.cycle | COLLECT { MATCH (c:Concept {id: id}) RETURN c }[0]]
                        WHERE c IS NOT NULL] AS concepts
                ORDER BY r.confidence DESC, a.id, b.id
                LIMIT $limit
                """;
        var parameters = Map.<String, Object>of("limit", limit, "type", ConceptRelation.PREREQUISITE_OF.name());
        var items = tx.run(query, parameters).list(ConceptGaps::toBrokenCycle);
        return new Page<>(items, count(tx, where));
    }

    private static long count(TransactionContext tx, String match) {
        return tx.run(match + " RETURN count(*) AS n").single().get("n").asLong();
    }

    private static GapReport.Undefined toUndefined(Record r) {
        var c = r.get("c");
        return new GapReport.Undefined(
                ConceptView.toConcept(c),
                c.get("mentionCount").asLong(0),
                c.get("noteCount").asLong(0));
    }

    private static GapReport.BrokenCycle toBrokenCycle(Record r) {
        return new GapReport.BrokenCycle(
                EdgeView.toEdge(r.get("edge")),
                r.get("cycle").asList(Value::asString, List.of()),
                r.get("concepts").asList(ConceptView::toConcept, List.of()));
    }
}
