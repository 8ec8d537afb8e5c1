package dev.notegraph.importer.topics;

import dev.notegraph.importer.write.Batches;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;

/** Stores each concept's topic, centrality and bridge weight; only concepts whose placement moved are written. */
final class TopicWriter {

    private TopicWriter() {}

    static void write(Session session, List<Placement> placements) {
        var cypher =
                """
                UNWIND $rows AS row
                MATCH (c:Concept {id: row.id})
                SET c.topic = row.topic, c.topicCentrality = row.centrality, c.topicBridge = row.bridge
                """;
        var stored = stored(session);
        var rows = placements.stream()
                .map(TopicWriter::row)
                .filter(row -> !row.equals(stored.get(row.get("id"))))
                .toList();
        Batches.write(session, cypher, rows);
    }

    private static Map<Object, Map<String, Object>> stored(Session session) {
        var cypher =
                """
                MATCH (c:Concept)
                RETURN c.id AS id, c.topic AS topic, c.topicCentrality AS centrality, c.topicBridge AS bridge
                """;
        var rows = session.executeRead(tx -> tx.run(cypher).list(TopicWriter::toRow));
        var byId = new HashMap<Object, Map<String, Object>>();
        rows.forEach(row -> byId.put(row.get("id"), row));
        return byId;
    }

    private static Map<String, Object> toRow(Record r) {
        return new HashMap<>(r.asMap());
    }

    private static Map<String, Object> row(Placement p) {
        var row = new HashMap<String, Object>();
        row.put("id", p.conceptId());
        // A null removes the topic a concept had before.
        row.put("topic", p.topic());
        row.put("centrality", rounded(p.centrality()));
        row.put("bridge", rounded(p.bridge()));
        return row;
    }

    private static double rounded(double value) {
        return Math.round(value * 10_000) / 10_000.0;
    }
}
