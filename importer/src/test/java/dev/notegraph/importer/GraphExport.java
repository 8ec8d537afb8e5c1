package dev.notegraph.importer;

import java.util.ArrayList;
import java.util.List;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;

/**
 * A canonical, sorted dump of the graph (everything but import times), so two stores can be compared line by
 * line: notes, sections, concepts, terms, mentions, and concept relations by type.
 */
final class GraphExport {

    private GraphExport() {}

    static List<String> of(Driver driver) {
        var lines = new ArrayList<String>();
        lines.addAll(
                lines(
                        driver,
                        """
                MATCH (n:Note)
                RETURN 'note ' + n.path + ' ' + n.id + ' ' + n.title + ' ' + n.sha256 + ' ' + n.bytes AS line
                """));
        lines.addAll(
                lines(
                        driver,
                        """
                MATCH (n:Note)-[:HAS_SECTION]->(s:Section)
                OPTIONAL MATCH (p:Section)-[:HAS_SUBSECTION]->(s)
                RETURN 'section ' + n.path + ' ' + s.id + ' ' + s.order + ' ' + s.level + ' ' + s.line + '-'
                       + s.endLine + ' ' + coalesce(p.id, '-') + ' ' + s.heading + ' ' + size(s.markdown) AS line
                """));
        lines.addAll(
                lines(
                        driver,
                        """
                MATCH (c:Concept)
                RETURN 'concept ' + c.id + ' ' + coalesce(c.name, '<nameless>') + ' '
                       + reduce(a = '', x IN coalesce(c.aliases, []) | a + '|' + x) + ' ' + coalesce(c.category, '-')
                       + ' ' + coalesce(c.mentionCount, -1) + ' ' + coalesce(c.noteCount, -1) + ' '
                       + coalesce(c.topic, '-') AS line
                """));
        lines.addAll(lines(driver, "MATCH (t:Term)-[:NAMES]->(c) RETURN 'term ' + t.key + ' ' + c.id AS line"));
        lines.addAll(
                lines(
                        driver,
                        """
                MATCH (s:Section)-[m:MENTIONS]->(c)
                RETURN 'mention ' + s.id + ' ' + c.id + ' ' + m.line + ' ' + m.count + ' ' + m.form AS line
                """));
        lines.addAll(
                lines(
                        driver,
                        """
                MATCH (a:Concept)-[r]->(b:Concept)
                RETURN 'edge ' + type(r) + ' ' + a.id + ' ' + b.id + ' ' + r.confidence + ' ' + r.weight + ' '
                       + size(r.evidenceNotes) AS line
                """));
        return lines.stream().sorted().toList();
    }

    private static List<String> lines(Driver driver, String cypher) {
        try (var session = driver.session()) {
            return session.executeRead(tx -> tx.run(cypher).list(GraphExport::toLine));
        }
    }

    private static String toLine(Record record) {
        return record.get("line").asString();
    }
}
