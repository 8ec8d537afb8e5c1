package dev.notegraph.explorer.notes;

import dev.notegraph.explorer.concept.ConceptView;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Component;

/** Reads imported notes and their sections. */
@Component
final class Notes {

    private final Driver driver;

    Notes(Driver driver) {
        this.driver = driver;
    }

    List<NoteSummary> all() {
        var query =
                """
                MATCH (n:Note)
                RETURN n, COUNT { (n)-[:HAS_SECTION]->(:Section) } AS sections
                ORDER BY n.path
                """;
        try (var session = driver.session()) {
            return session.executeRead(tx -> tx.run(query).list(Notes::toSummary));
        }
    }

    Optional<NoteDetail> find(String id) {
        var query =
                """
                MATCH (n:Note {id: $id})
                OPTIONAL MATCH (n)-[:HAS_SECTION]->(s:Section)
                WITH n, s ORDER BY s.order
                CALL (s) {
                  OPTIONAL MATCH (s)-[m:MENTIONS]->(c:Concept)
                  WITH c, m ORDER BY m.line, c.name
                  RETURN collect(c) AS concepts
                }
                WITH n, collect(CASE WHEN s IS NULL THEN null ELSE {section: s, concepts: concepts} END) AS sections
                RETURN n, sections
                """;
        try (var session = driver.session()) {
            return session.executeRead(
                    tx -> tx.run(query, Map.of("id", id)).stream().findFirst().map(Notes::toDetail));
        }
    }

    private static NoteSummary toSummary(Record record) {
        return new NoteSummary(
                NoteFile.toNoteFile(record.get("n")), record.get("sections").asLong());
    }

    private static NoteDetail toDetail(Record record) {
        return new NoteDetail(
                NoteFile.toNoteFile(record.get("n")), record.get("sections").asList(Notes::toSection));
    }

    private static NoteDetail.Section toSection(Value row) {
        var s = row.get("section");
        return new NoteDetail.Section(
                s.get("id").asString(),
                s.get("order").asLong(0),
                s.get("level").asLong(0),
                s.get("heading").asString(""),
                s.get("line").asLong(0),
                s.get("endLine").asLong(0),
                s.get("markdown").asString(""),
                row.get("concepts").asList(ConceptView::toConcept));
    }
}
