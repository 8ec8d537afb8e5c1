package dev.notegraph.explorer.web;

import dev.notegraph.schema.EmbeddedNeo4j;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

/** A real embedded Neo4j loaded with a Cypher script from the test resources. */
final class Neo4jFixture implements AutoCloseable {

    final EmbeddedNeo4j neo4j;
    final Driver driver;

    Neo4jFixture(Path store, String script) {
        this.neo4j = EmbeddedNeo4j.start(store);
        this.driver = GraphDatabase.driver(neo4j.boltUri(), AuthTokens.none());
        try (var in = Neo4jFixture.class.getResourceAsStream(script);
                var session = driver.session()) {
            var text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            for (var statement : text.split(";\\s*\\n")) {
                var cypher = statement
                        .lines()
                        .filter(l -> !l.strip().startsWith("//"))
                        .reduce("", (a, b) -> a + "\n" + b)
                        .strip();
                if (!cypher.isEmpty()) {
                    session.executeWrite(tx -> tx.run(cypher).consume());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.close();
        neo4j.close();
    }
}
