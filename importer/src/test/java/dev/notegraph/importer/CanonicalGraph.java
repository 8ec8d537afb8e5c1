package dev.notegraph.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;

/**
 * Every node with its labels and properties, every relationship with its ends, type and properties, and the
 * schema, as sorted lines: two stores holding the same graph give the same lines whatever their internal ids or
 * write order. Import times differ between two runs and are shown as present, not by value; the migrations'
 * own bookkeeping nodes are left out.
 */
final class CanonicalGraph {

    private static final String NODES =
            """
            MATCH (n)
            WHERE none(l IN labels(n) WHERE l STARTS WITH '__Neo4jMigration')
            RETURN 'node ' + reduce(s = '', l IN labels(n) | s + ':' + l) AS key, properties(n) AS props
            """;

    private static final String RELATIONSHIPS =
            """
            MATCH (a)-[r]->(b)
            WHERE none(l IN labels(a) + labels(b) WHERE l STARTS WITH '__Neo4jMigration')
            RETURN 'rel ' + coalesce(a.id, a.key, a.path) + ' -' + type(r) + '-> ' + coalesce(b.id, b.key, b.path)
                   AS key, properties(r) AS props
            """;

    private CanonicalGraph() {}

    static List<String> of(Driver driver) {
        var lines = new ArrayList<String>();
        try (var session = driver.session()) {
            session.executeRead(tx -> {
                tx.run(NODES).forEachRemaining(r -> lines.add(line(r)));
                tx.run(RELATIONSHIPS).forEachRemaining(r -> lines.add(line(r)));
                tx.run("SHOW INDEXES YIELD name, type, labelsOrTypes, properties, state RETURN *")
                        .forEachRemaining(r -> lines.add("index " + new TreeMap<>(r.asMap())));
                tx.run("SHOW CONSTRAINTS YIELD name, type, labelsOrTypes, properties RETURN *")
                        .forEachRemaining(r -> lines.add("constraint " + new TreeMap<>(r.asMap())));
                return null;
            });
        }
        return lines.stream().sorted().toList();
    }

    private static String line(Record r) {
        var props = new TreeMap<String, Object>(r.get("props").asMap());
        props.computeIfPresent("importedAt", (key, value) -> "<time>");
        return r.get("key").asString() + " " + props;
    }

    /** How many lines start with the prefix: a check that the export saw the part of the graph it should. */
    static long count(List<String> lines, String prefix) {
        return lines.stream().filter(line -> line.startsWith(prefix)).count();
    }

    /** Up to 20 lines of {@code a} that {@code b} lacks: a readable failure instead of two huge lists. */
    static List<String> missingFrom(List<String> b, List<String> a) {
        var other = new java.util.HashSet<>(b);
        return a.stream().filter(line -> !other.contains(line)).limit(20).toList();
    }
}
