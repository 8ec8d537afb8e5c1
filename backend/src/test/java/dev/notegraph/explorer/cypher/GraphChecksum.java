package dev.notegraph.explorer.cypher;

import dev.notegraph.schema.Sha256;
import java.util.TreeMap;
import org.neo4j.driver.Driver;
import org.neo4j.driver.SessionConfig;

/**
 * A fingerprint of everything an attack could change: nodes and relationships by label and type, every
 * node's and relationship's properties, the schema, and the users and databases of the system graph.
 */
public final class GraphChecksum {

    private static final String DATA =
            """
            CALL {
              MATCH (n) RETURN 'node ' + reduce(s = '', l IN labels(n) | s + ':' + l) AS key, properties(n) AS props
              UNION ALL
              MATCH (a)-[r]->(b)
              RETURN 'rel ' + coalesce(a.id, a.key) + '-' + type(r) + '->' + coalesce(b.id, b.key) AS key,
                properties(r) AS props
            }
            RETURN key, props
            """;

    private GraphChecksum() {}

    public static String of(Driver driver) {
        var text = new StringBuilder();
        try (var session = driver.session()) {
            session.executeRead(tx -> {
                tx.run(DATA).stream()
                        .map(r -> r.get("key").asString() + " "
                                + new TreeMap<>(r.get("props").asMap()))
                        .sorted()
                        .forEach(line -> text.append(line).append('\n'));
                tx.run("SHOW INDEXES YIELD name, labelsOrTypes, properties RETURN * ORDER BY name")
                        .forEachRemaining(r -> text.append(r.asMap()).append('\n'));
                tx.run("SHOW CONSTRAINTS YIELD name RETURN name ORDER BY name")
                        .forEachRemaining(r -> text.append(r.asMap()).append('\n'));
                return null;
            });
        }
        try (var system = driver.session(SessionConfig.forDatabase("system"))) {
            system.run("SHOW USERS YIELD user RETURN user ORDER BY user")
                    .forEachRemaining(r ->
                            text.append("user ").append(r.get(0).asString()).append('\n'));
            system.run("SHOW DATABASES YIELD name, currentStatus RETURN name, currentStatus ORDER BY name")
                    .forEachRemaining(r -> text.append("db ").append(r.asMap()).append('\n'));
        }
        return Sha256.hex(text.toString()) + " over " + text.length() + " chars";
    }
}
