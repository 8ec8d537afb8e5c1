package dev.notegraph.importer.write;

import dev.notegraph.importer.model.BrokenCycle;
import dev.notegraph.schema.ConceptRelation;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Session;

/**
 * Keeps each prerequisite edge the importer dropped to break a cycle as a {@code DROPPED_PREREQUISITE}
 * relationship, with the edge's evidence and the {@code cycle} it would have closed: the study-gap report shows
 * them. Not a {@link ConceptRelation}, so no reader of the concept graph (paths, topics, exports) sees them. They
 * are few, so each import replaces them all.
 */
final class BrokenCycleWriter {

    private BrokenCycleWriter() {}

    static void write(Session session, List<BrokenCycle> cycles) {
        var delete = "MATCH (:Concept)-[r:" + ConceptRelation.DROPPED_PREREQUISITE + "]->(:Concept) DELETE r";
        var create =
                """
                UNWIND $rows AS row
                MATCH (a:Concept {id: row.source}), (b:Concept {id: row.target})
                CREATE (a)-[:%s {confidence: row.confidence, weight: row.weight, methods: row.methods,
                                 evidenceNotes: row.evidenceNotes, evidenceLines: row.evidenceLines,
                                 evidenceTexts: row.evidenceTexts, cycle: row.cycle}]->(b)
                """
                        .formatted(ConceptRelation.DROPPED_PREREQUISITE);
        session.executeWriteWithoutResult(tx -> tx.run(delete).consume());
        var rows = cycles.stream().map(BrokenCycleWriter::row).toList();
        Batches.write(session, create, rows);
    }

    static Map<String, Object> row(BrokenCycle broken) {
        var row = RelationWriter.row(broken.dropped());
        row.put("cycle", broken.cycle());
        return row;
    }
}
