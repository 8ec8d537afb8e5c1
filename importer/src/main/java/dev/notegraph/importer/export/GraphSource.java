package dev.notegraph.importer.export;

import dev.notegraph.schema.ConceptRelation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;

/** Streams the concept layer out of one read transaction, record by record, in a stable order. */
final class GraphSource {

    private GraphSource() {}

    static void stream(TransactionContext tx, GraphSink sink) {
        var concepts =
                """
                MATCH (c:Concept) WHERE c.name IS NOT NULL
                RETURN c.id AS id, c.name AS name, c.aliases AS aliases, c.summary AS summary,
                       c.summaryNote AS summaryNote, c.summaryLine AS summaryLine, c.category AS category,
                       c.mentionCount AS mentionCount, c.noteCount AS noteCount, c.topic AS topic
                ORDER BY id
                """;
        var relations =
                """
                MATCH (a:Concept)-[r:%s]->(b:Concept)
                RETURN a.id AS source, b.id AS target, type(r) AS type, r.confidence AS confidence,
                       r.weight AS weight, r.methods AS methods, r.evidenceNotes AS notes,
                       r.evidenceLines AS lines, r.evidenceTexts AS texts
                ORDER BY type, source, target
                """
                        .formatted(ConceptRelation.typeExpression());
        try {
            sink.begin();
            var conceptRows = tx.run(concepts);
            while (conceptRows.hasNext()) {
                sink.concept(toConcept(conceptRows.next()));
            }
            sink.relationsBegin();
            var relationRows = tx.run(relations);
            while (relationRows.hasNext()) {
                sink.relation(toRelation(relationRows.next()));
            }
            sink.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ExportedConcept toConcept(Record r) {
        return new ExportedConcept(
                r.get("id").asString(),
                r.get("name").asString(),
                r.get("aliases").asList(Value::asString, List.of()),
                r.get("summary").asString(""),
                r.get("summaryNote").asString(""),
                r.get("summaryLine").asLong(0),
                r.get("category").asString(""),
                r.get("mentionCount").asLong(0),
                r.get("noteCount").asLong(0),
                r.get("topic").asString(""));
    }

    private static ExportedRelation toRelation(Record r) {
        var notes = r.get("notes").asList(Value::asString, List.<String>of());
        var lines = r.get("lines").asList(Value::asLong, List.<Long>of());
        var texts = r.get("texts").asList(Value::asString, List.<String>of());
        var evidence = new ArrayList<ExportedRelation.Evidence>();
        for (var i = 0; i < Math.min(notes.size(), Math.min(lines.size(), texts.size())); i++) {
            evidence.add(new ExportedRelation.Evidence(notes.get(i), lines.get(i), texts.get(i)));
        }
        return new ExportedRelation(
                r.get("source").asString(),
                r.get("target").asString(),
                r.get("type").asString(),
                r.get("confidence").asDouble(0),
                r.get("weight").asDouble(0),
                r.get("methods").asList(Value::asString, List.of()),
                evidence);
    }
}
