package dev.notegraph.explorer.concept;

import java.util.Map;
import java.util.Optional;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Component;

/** Reads a concept with its summary and mentions. */
@Component
final class ConceptDetails {

    private static final int MAX_MENTIONS = 500;

    private final Driver driver;

    ConceptDetails(Driver driver) {
        this.driver = driver;
    }

    Optional<ConceptDetail> find(String id) {
        var query =
                """
                MATCH (c:Concept {id: $id})
                OPTIONAL MATCH (s:Section)-[m:MENTIONS]->(c)
                OPTIONAL MATCH (n:Note {id: s.noteId})
                WITH c, s, m, n ORDER BY n.path, m.line
                WITH c, collect(CASE WHEN m IS NULL THEN null ELSE {
                    note: n.path, noteId: s.noteId, heading: s.heading, line: m.line, text: m.text, form: m.form
                  } END)[..$max] AS mentions
                RETURN c, mentions
                """;
        try (var session = driver.session()) {
            return session.executeRead(tx -> tx.run(query, Map.of("id", id, "max", MAX_MENTIONS)).stream()
                    .findFirst()
                    .map(ConceptDetails::toDetail));
        }
    }

    private static ConceptDetail toDetail(Record record) {
        var c = record.get("c");
        var concept = ConceptView.toConcept(c);
        return new ConceptDetail(
                concept.id(),
                concept.name(),
                concept.aliases(),
                concept.category(),
                concept.mentionCount(),
                concept.noteCount(),
                Optional.ofNullable(c.get("summary").asString(null)),
                Optional.ofNullable(c.get("summaryNote").asString(null)),
                c.get("summaryLine").asLong(0),
                record.get("mentions").asList(ConceptDetails::toMention));
    }

    private static ConceptDetail.Mention toMention(Value m) {
        return new ConceptDetail.Mention(
                m.get("note").asString(""),
                m.get("noteId").asString(""),
                m.get("heading").asString(""),
                m.get("line").asLong(0),
                m.get("text").asString(""),
                m.get("form").asString(""));
    }
}
