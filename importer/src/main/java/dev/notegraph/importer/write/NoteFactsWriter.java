package dev.notegraph.importer.write;

import dev.notegraph.importer.model.MentionEdge;
import dev.notegraph.importer.model.NoteGraph;
import dev.notegraph.importer.model.SectionNode;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.TransactionContext;

/** Replaces one note's own facts (note, sections, heading tree, mentions) inside one transaction. */
final class NoteFactsWriter {

    private NoteFactsWriter() {}

    static void write(TransactionContext tx, NoteGraph note, String factsHash, Instant importedAt) {
        upsertNote(tx, note, factsHash, importedAt);
        tx.run("MATCH (s:Section {noteId: $noteId}) DETACH DELETE s", Map.of("noteId", note.id()))
                .consume();
        Batches.forEach(note.sections(), batch -> createSections(tx, note.id(), batch));
        var children =
                note.sections().stream().filter(s -> s.parentId().isPresent()).toList();
        Batches.forEach(children, batch -> linkSubsections(tx, batch));
        Batches.forEach(note.mentions(), batch -> createMentions(tx, batch));
    }

    private static void upsertNote(TransactionContext tx, NoteGraph note, String factsHash, Instant importedAt) {
        var cypher =
                """
                MERGE (n:Note {path: $path})
                SET n.id = $id, n.title = $title, n.sha256 = $sha256, n.bytes = $bytes,
                    n.factsHash = $factsHash, n.importedAt = $importedAt
                """;
        tx.run(
                        cypher,
                        Map.of(
                                "path", note.path(),
                                "id", note.id(),
                                "title", note.title(),
                                "sha256", note.sha256(),
                                "bytes", note.bytes(),
                                "factsHash", factsHash,
                                "importedAt", importedAt.atOffset(ZoneOffset.UTC)))
                .consume();
    }

    private static void createSections(TransactionContext tx, String noteId, List<SectionNode> batch) {
        var cypher =
                """
                MATCH (n:Note {id: $noteId})
                UNWIND $rows AS row
                CREATE (s:Section {id: row.id, noteId: $noteId, order: row.order, level: row.level,
                                   heading: row.heading, line: row.line, endLine: row.endLine,
                                   markdown: row.markdown})
                CREATE (n)-[:HAS_SECTION]->(s)
                """;
        var rows = batch.stream().map(NoteFactsWriter::sectionRow).toList();
        tx.run(cypher, Map.of("noteId", noteId, "rows", rows)).consume();
    }

    private static void linkSubsections(TransactionContext tx, List<SectionNode> batch) {
        var cypher =
                """
                UNWIND $rows AS row
                MATCH (parent:Section {id: row.parentId}), (child:Section {id: row.id})
                CREATE (parent)-[:HAS_SUBSECTION]->(child)
                """;
        var rows = batch.stream()
                .map(s -> Map.of("id", s.id(), "parentId", s.parentId().orElseThrow()))
                .toList();
        tx.run(cypher, Map.of("rows", rows)).consume();
    }

    private static void createMentions(TransactionContext tx, List<MentionEdge> batch) {
        // Only the id: the concept layer sets the properties once all notes are known.
        var cypher =
                """
                UNWIND $rows AS row
                MATCH (s:Section {id: row.sectionId})
                MERGE (c:Concept {id: row.conceptId})
                CREATE (s)-[:MENTIONS {line: row.line, text: row.text, form: row.form, count: row.count}]->(c)
                """;
        var rows = batch.stream().map(NoteFactsWriter::mentionRow).toList();
        tx.run(cypher, Map.of("rows", rows)).consume();
    }

    private static Map<String, Object> sectionRow(SectionNode s) {
        var row = new HashMap<String, Object>();
        row.put("id", s.id());
        row.put("order", s.order());
        row.put("level", s.level());
        row.put("heading", s.heading());
        row.put("line", s.line());
        row.put("endLine", s.endLine());
        row.put("markdown", s.markdown());
        return row;
    }

    private static Map<String, Object> mentionRow(MentionEdge m) {
        return Map.of(
                "sectionId", m.sectionId(),
                "conceptId", m.conceptId(),
                "line", m.line(),
                "text", m.text(),
                "form", m.form(),
                "count", m.count());
    }
}
