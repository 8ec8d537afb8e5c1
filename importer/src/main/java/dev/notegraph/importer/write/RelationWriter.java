package dev.notegraph.importer.write;

import dev.notegraph.importer.model.ConceptEdge;
import dev.notegraph.importer.model.Evidence;
import dev.notegraph.schema.ConceptRelation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;

/**
 * Brings the relations of one type in line with the analysis by difference: the stored ones are read first,
 * then only missing relations are created, changed ones updated and stale ones deleted. A cold import then
 * pays one CREATE per relation (no MERGE probing dense concepts), and a re-import writes only what moved.
 */
final class RelationWriter {

    private static final int MAX_EVIDENCE = 5;

    private final Session session;

    RelationWriter(Session session) {
        this.session = session;
    }

    void write(ConceptRelation type, List<ConceptEdge> edges) {
        // One relation per pair and type, the last edge's properties winning, as MERGE then SET would have it.
        var wanted = new LinkedHashMap<List<String>, Map<String, Object>>();
        edges.forEach(edge -> wanted.put(pair(edge.source(), edge.target()), row(edge)));
        var stored = stored(type);
        var create = new ArrayList<Map<String, Object>>();
        var update = new ArrayList<Map<String, Object>>();
        wanted.forEach((pair, row) -> {
            var before = stored.remove(pair);
            if (before == null) {
                create.add(row);
            } else if (!before.equals(row)) {
                update.add(row);
            }
        });
        var delete = stored.values().stream()
                .map(r -> Map.of("source", r.get("source"), "target", r.get("target")))
                .toList();
        run(RelationStatements.delete(type), delete);
        run(RelationStatements.update(type), update);
        run(RelationStatements.create(type), create);
    }

    /** The stored relations of the type, as rows shaped like {@link #row}, by source and target. */
    private Map<List<String>, Map<String, Object>> stored(ConceptRelation type) {
        var rows = session.executeRead(
                tx -> tx.run(RelationStatements.stored(type)).list(RelationWriter::toRow));
        var byPair = new LinkedHashMap<List<String>, Map<String, Object>>();
        rows.forEach(row -> byPair.put(pair((String) row.get("source"), (String) row.get("target")), row));
        return byPair;
    }

    private void run(String cypher, List<Map<String, Object>> rows) {
        Batches.write(session, cypher, rows);
    }

    private static List<String> pair(String source, String target) {
        return List.of(source, target);
    }

    private static Map<String, Object> toRow(Record r) {
        return new HashMap<>(r.asMap());
    }

    // Lines as Long: the values read back from Neo4j are Longs, and a row must equal its stored twin.
    static Map<String, Object> row(ConceptEdge e) {
        var evidence = e.evidence().stream().limit(MAX_EVIDENCE).toList();
        var row = new HashMap<String, Object>();
        row.put("source", e.source());
        row.put("target", e.target());
        row.put("confidence", e.confidence());
        row.put("weight", e.weight());
        row.put("methods", e.methods());
        row.put("evidenceNotes", evidence.stream().map(Evidence::note).toList());
        row.put("evidenceLines", evidence.stream().map(ev -> (long) ev.line()).toList());
        row.put("evidenceTexts", evidence.stream().map(Evidence::text).toList());
        return row;
    }
}
