package dev.notegraph.explorer.notes;

import java.util.Optional;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.neo4j.driver.Values;
import org.springframework.stereotype.Component;

/** Reads one section with its note's path, by id or by a line inside it. */
@Component
final class SectionReader {

    private final Driver driver;
    private final MarkdownHtml markdown;

    SectionReader(Driver driver, MarkdownHtml markdown) {
        this.driver = driver;
        this.markdown = markdown;
    }

    Optional<SectionView> byId(String id) {
        var query =
                """
                MATCH (s:Section {id: $id})
                OPTIONAL MATCH (n:Note)-[:HAS_SECTION]->(s)
                RETURN s.id AS id, coalesce(n.path, s.noteId) AS note, s.heading AS heading,
                       s.line AS line, s.markdown AS markdown
                """;
        return readOne(query, Values.parameters("id", id));
    }

    /** The innermost section of that note whose lines include {@code line}: what a mention points into. */
    Optional<SectionView> atLine(String notePath, int line) {
        var query =
                """
                MATCH (n:Note {path: $note})-[:HAS_SECTION]->(s:Section)
                WHERE s.line <= $line AND $line <= coalesce(s.endLine, s.line)
                RETURN s.id AS id, n.path AS note, s.heading AS heading, s.line AS line, s.markdown AS markdown
                ORDER BY s.level DESC, s.line DESC
                LIMIT 1
                """;
        return readOne(query, Values.parameters("note", notePath, "line", line));
    }

    private Optional<SectionView> readOne(String query, Value parameters) {
        try (var session = driver.session()) {
            return session.executeRead(tx -> {
                var result = tx.run(query, parameters);
                return result.hasNext() ? Optional.of(toSection(result.next())) : Optional.<SectionView>empty();
            });
        }
    }

    private SectionView toSection(Record row) {
        return new SectionView(
                row.get("id").asString(),
                row.get("note").asString(""),
                row.get("heading").asString(""),
                row.get("line").asInt(0),
                markdown.render(row.get("markdown").asString("")));
    }
}
