package dev.notegraph.explorer.concept;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Component;

/** Reads a concept with its summary and mentions. */
@Component
final class ConceptDetails {

    private final Driver driver;

    ConceptDetails(Driver driver) {
        this.driver = driver;
    }

    /**
     * The concept with its first {@code mentionLimit} mentions by note path and line. Notes are looked up once
     * per note rather than once per mention, and mentions past the limit are counted, never projected: a hub is
     * mentioned in over a thousand sections of a few hundred notes.
     */
    Optional<ConceptDetail> find(String id, int mentionLimit) {
        var query =
                """
                MATCH (c:Concept {id: $id})
                OPTIONAL MATCH (s:Section)-[m:MENTIONS]->(c)
                WITH c, s, m ORDER BY m.line
                WITH c, s.noteId AS noteId, collect(CASE WHEN m IS NULL THEN null ELSE [s, m] END) AS here
                OPTIONAL MATCH (n:Note {id: noteId})
                WITH c, n, here ORDER BY n.path
                WITH c, collect([n, here]) AS notes, sum(size(here)) AS total
                WITH c, total, reduce(kept = [], x IN notes | CASE WHEN size(kept) >= $max THEN kept
                                                              ELSE kept + [h IN x[1] | [x[0], h[0], h[1]]] END) AS found
                RETURN c, total, COLLECT { MATCH (t:Concept {id: c.topic}) RETURN t.name }[0] AS topicLabel,
                       [x IN found[..$max] | {
                    note: x[0].path, noteId: x[1].noteId, heading: x[1].heading,
                    line: x[2].line, text: x[2].text, form: x[2].form
                  }] AS mentions
                """;
        try (var session = driver.session()) {
            return session.executeRead(tx -> tx.run(query, Map.of("id", id, "max", mentionLimit)).stream()
                    .findFirst()
                    .map(record -> toDetail(record, Unlocks.of(tx, id))));
        }
    }

    private static ConceptDetail toDetail(Record record, List<Unlocks.Unlock> unlocks) {
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
                record.get("mentions").asList(ConceptDetails::toMention),
                record.get("total").asLong(0),
                Optional.ofNullable(c.get("topic").asString(null))
                        .map(topic -> new ConceptDetail.TopicRef(
                                topic, record.get("topicLabel").asString(topic))),
                unlocks);
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
