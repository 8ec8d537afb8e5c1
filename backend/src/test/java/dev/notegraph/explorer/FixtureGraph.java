package dev.notegraph.explorer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.neo4j.driver.Driver;

/** Replaces the graph with a Cypher fixture from the test resources. */
public final class FixtureGraph {

    private FixtureGraph() {}

    public static void load(Driver driver, String resource) {
        String text;
        try (var in = FixtureGraph.class.getResourceAsStream(resource)) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (var session = driver.session()) {
            session.executeWrite(tx -> tx.run("MATCH (n) DETACH DELETE n").consume());
            Arrays.stream(text.split(";\\s*\\n"))
                    .map(s -> s.lines().filter(l -> !l.strip().startsWith("//")).reduce("", (a, b) -> a + "\n" + b))
                    .filter(s -> !s.isBlank())
                    .forEach(statement ->
                            session.executeWrite(tx -> tx.run(statement).consume()));
        }
    }
}
