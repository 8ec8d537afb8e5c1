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

/**
 * Replaces the own facts (note, sections, heading tree, mentions) of a group of notes inside one transaction:
 * one statement per kind of fact for the whole group, so a corpus of small notes does not pay a commit and
 * five round trips per note.
 */
final class NoteFactsWriter {

    private NoteFactsWriter() {}

    static void write(TransactionContext tx, List<NoteFacts> facts, Instant importedAt) {
        upsertNotes(tx, facts, importedAt);
        var notes = facts.stream().map(NoteFacts::note).toList();
        var noteIds = notes.stream().map(NoteGraph::id).toList();
        tx.run(
                        "UNWIND $noteIds AS noteId MATCH (s:Section {noteId: noteId}) DETACH DELETE s",
                        Map.of("noteIds", noteIds))
                .consume();
        var sectionRows = notes.stream()
                .flatMap(n -> n.sections().stream().map(s -> sectionRow(n.id(), s)))
                .toList();
        Batches.forEach(sectionRows, batch -> createSections(tx, batch));
        var children = notes.stream()
                .flatMap(n -> n.sections().stream())
                .filter(s -> s.parentId().isPresent())
                .toList();
        Batches.forEach(children, batch -> linkSubsections(tx, batch));
        var mentions = notes.stream().flatMap(n -> n.mentions().stream()).toList();
        var conceptIds =
                mentions.stream().map(MentionEdge::conceptId).distinct().toList();
        Batches.forEach(conceptIds, batch -> createConcepts(tx, batch));
        Batches.forEach(mentions, batch -> createMentions(tx, batch));
    }

    private static void upsertNotes(TransactionContext tx, List<NoteFacts> notes, Instant importedAt) {
        var cypher =
                """
                UNWIND $rows AS row
                MERGE (n:Note {path: row.path})
                SET n.id = row.id, n.title = row.title, n.sha256 = row.sha256, n.bytes = row.bytes,
                    n.factsHash = row.factsHash, n.importedAt = $importedAt
                """;
        var rows = notes.stream().map(NoteFactsWriter::noteRow).toList();
        tx.run(cypher, Map.of("rows", rows, "importedAt", importedAt.atOffset(ZoneOffset.UTC)))
                .consume();
    }

    private static void createSections(TransactionContext tx, List<Map<String, Object>> rows) {
        var cypher =
                """
                UNWIND $rows AS row
                MATCH (n:Note {id: row.noteId})
                CREATE (s:Section {id: row.id, noteId: row.noteId, order: row.order, level: row.level,
                                   heading: row.heading, line: row.line, endLine: row.endLine,
                                   markdown: row.markdown})
                CREATE (n)-[:HAS_SECTION]->(s)
                """;
        tx.run(cypher, Map.of("rows", rows)).consume();
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

    private static void createConcepts(TransactionContext tx, List<String> ids) {
        // Only the id: the concept layer sets the properties once all notes are known.
        var cypher = "UNWIND $ids AS id MERGE (:Concept {id: id})";
        tx.run(cypher, Map.of("ids", ids)).consume();
    }

    private static void createMentions(TransactionContext tx, List<MentionEdge> batch) {
        // The concepts exist by now, so a plain index seek finds them: no MERGE lock per mention.
        var cypher =
                """
                UNWIND $rows AS row
                MATCH (s:Section {id: row.sectionId})
                MATCH (c:Concept {id: row.conceptId})
                CREATE (s)-[:MENTIONS {line: row.line, text: row.text, form: row.form, count: row.count}]->(c)
                """;
        var rows = batch.stream().map(NoteFactsWriter::mentionRow).toList();
        tx.run(cypher, Map.of("rows", rows)).consume();
    }

    static Map<String, Object> noteRow(NoteFacts facts) {
        var note = facts.note();
        return Map.of(
                "path", note.path(),
                "id", note.id(),
                "title", note.title(),
                "sha256", note.sha256(),
                "bytes", note.bytes(),
                "factsHash", facts.hash());
    }

    static Map<String, Object> sectionRow(String noteId, SectionNode s) {
        var row = new HashMap<String, Object>();
        row.put("id", s.id());
        row.put("noteId", noteId);
        row.put("order", s.order());
        row.put("level", s.level());
        row.put("heading", s.heading());
        row.put("line", s.line());
        row.put("endLine", s.endLine());
        row.put("markdown", s.markdown());
        return row;
    }

    static Map<String, Object> mentionRow(MentionEdge m) {
        return Map.of(
                "sectionId", m.sectionId(),
                "conceptId", m.conceptId(),
                "line", m.line(),
                "text", m.text(),
                "form", m.form(),
                "count", m.count());
    }
}
