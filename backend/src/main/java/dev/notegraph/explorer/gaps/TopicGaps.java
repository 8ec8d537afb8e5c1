package dev.notegraph.explorer.gaps;

import dev.notegraph.schema.ConceptRelation;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;

/**
 * Topic pairs that should meet but do not: their concepts are discussed in the same notes, yet no relation
 * joins the two topics. One note in common is chance; {@value #MIN_SHARED_NOTES} or more is a pattern.
 */
final class TopicGaps {

    static final int MIN_SHARED_NOTES = 2;

    private TopicGaps() {}

    static ConceptGaps.Page<GapReport.UnlinkedTopics> unlinked(TransactionContext tx, int limit) {
        var linked = new HashSet<>(linkedPairs(tx));
        var near = nearPairs(tx).stream()
                .filter(pair -> !linked.contains(List.of(pair.a(), pair.b())))
                .toList();
        var shown = near.stream().limit(limit).toList();
        var labels = labels(tx, shown);
        var items = shown.stream()
                .map(p -> new GapReport.UnlinkedTopics(
                        p.a(),
                        p.b(),
                        labels.getOrDefault(p.a(), p.a()),
                        labels.getOrDefault(p.b(), p.b()),
                        p.sharedNotes(),
                        p.notes()))
                .toList();
        return new ConceptGaps.Page<>(items, near.size());
    }

    /** Topic pairs by the notes that mention concepts of both, most shared first. */
    private static List<GapReport.UnlinkedTopics> nearPairs(TransactionContext tx) {
        var query =
                """
                MATCH (n:Note)-[:HAS_SECTION]->(:Section)-[:MENTIONS]->(c:Concept)
                WHERE c.topic IS NOT NULL
                WITH n, collect(DISTINCT c.topic) AS topics
                UNWIND topics AS a
                UNWIND topics AS b
                WITH a, b, n WHERE a < b
                WITH a, b, count(n) AS shared, collect(n.path) AS paths
                WHERE shared >= $minShared
                RETURN a, b, shared, paths[..3] AS notes
                ORDER BY shared DESC, a, b
                """;
        return tx.run(query, Map.of("minShared", MIN_SHARED_NOTES)).list(TopicGaps::toPair);
    }

    /** Every pair of topics joined by at least one relation, smaller id first. */
    private static List<List<String>> linkedPairs(TransactionContext tx) {
        var query =
                """
                MATCH (x:Concept)-[:%s]->(y:Concept)
                WHERE x.topic IS NOT NULL AND y.topic IS NOT NULL AND x.topic <> y.topic
                RETURN DISTINCT CASE WHEN x.topic < y.topic THEN [x.topic, y.topic] ELSE [y.topic, x.topic] END AS pair
                """
                        .formatted(ConceptRelation.typeExpression());
        return tx.run(query).list(r -> r.get("pair").asList(Value::asString));
    }

    /** A topic's label is the name of its most central concept, whose id is the topic's id. */
    private static Map<String, String> labels(TransactionContext tx, List<GapReport.UnlinkedTopics> pairs) {
        var ids =
                pairs.stream().flatMap(p -> Stream.of(p.a(), p.b())).distinct().toList();
        var query = "UNWIND $ids AS id MATCH (c:Concept {id: id}) RETURN id, c.name AS label";
        return tx.run(query, Map.of("ids", ids)).stream()
                .collect(java.util.stream.Collectors.toMap(
                        r -> r.get("id").asString(), r -> r.get("label").asString()));
    }

    private static GapReport.UnlinkedTopics toPair(Record r) {
        var a = r.get("a").asString();
        var b = r.get("b").asString();
        return new GapReport.UnlinkedTopics(
                a, b, a, b, r.get("shared").asLong(), r.get("notes").asList(Value::asString));
    }
}
