package dev.notegraph.importer.topics;

import dev.notegraph.schema.ConceptRelation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.TreeMap;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;

/** Reads the stored concept layer into a {@link WeightedGraph}. */
final class GraphReader {

    private GraphReader() {}

    static WeightedGraph read(Session session) {
        var ids = session.executeRead(tx -> tx.run("MATCH (c:Concept) RETURN c.id AS id ORDER BY id")
                .list(r -> r.get("id").asString()));
        var cypher =
                """
                MATCH (a:Concept)-[r:%s]->(b:Concept)
                WHERE a.id <> b.id
                RETURN a.id AS a, b.id AS b, sum(coalesce(r.weight, r.confidence, 0.0)) AS weight
                """
                        .formatted(ConceptRelation.typeExpression());
        var rows = session.executeRead(tx -> tx.run(cypher).list(GraphReader::toRow));
        return new WeightedGraph(ids, links(ids, rows));
    }

    private static List<WeightedGraph.Link> links(List<String> ids, List<Row> rows) {
        var index = new HashMap<String, Integer>();
        for (var i = 0; i < ids.size(); i++) {
            index.put(ids.get(i), i);
        }
        // Both directions of a pair, and every type between them, make one link.
        var weights = new TreeMap<Long, Double>();
        for (var row : rows) {
            int a = index.get(row.a());
            int b = index.get(row.b());
            var key = (long) Math.min(a, b) << 32 | Math.max(a, b);
            weights.merge(key, row.weight(), Double::sum);
        }
        var links = new ArrayList<WeightedGraph.Link>(weights.size());
        weights.forEach((key, weight) -> {
            if (weight > 0) {
                links.add(new WeightedGraph.Link((int) (key >>> 32), (int) (key & 0xffffffffL), weight));
            }
        });
        return links;
    }

    private static Row toRow(Record r) {
        return new Row(
                r.get("a").asString(), r.get("b").asString(), r.get("weight").asDouble());
    }

    private record Row(String a, String b, double weight) {}
}
