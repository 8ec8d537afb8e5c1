package dev.notegraph.importer.topics;

import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Objects;
import org.neo4j.driver.Driver;
import org.neo4j.driver.SessionConfig;

/**
 * Topics: communities of the weighted concept graph (Leiden), stored on the concepts as {@code topic} (the id of
 * the topic's most central concept), {@code topicCentrality} and {@code topicBridge}. The same stored graph always
 * gives the same topics.
 */
public final class TopicDetection {

    private final Driver driver;
    private final SessionConfig sessionConfig;

    public TopicDetection(Driver driver, SessionConfig sessionConfig) {
        this.driver = driver;
        this.sessionConfig = sessionConfig;
    }

    /** Computes the topics of the stored concept layer and stores them. */
    public TopicSummary run() {
        var started = System.nanoTime();
        try (var session = driver.session(sessionConfig)) {
            var graph = GraphReader.read(session);
            var placements = TopicAssignment.place(graph, Leiden.communities(graph));
            TopicWriter.write(session, placements);
            return new TopicSummary(sizes(placements), Duration.ofNanos(System.nanoTime() - started));
        }
    }

    /** Whether concepts are linked but none has a topic: a store written before topics existed. */
    public boolean missing() {
        var cypher =
                """
                RETURN EXISTS { MATCH (:Concept)-[:RELATED_TO]->(:Concept) }
                       AND NOT EXISTS { MATCH (c:Concept) WHERE c.topic IS NOT NULL } AS missing
                """;
        try (var session = driver.session(sessionConfig)) {
            return session.executeRead(
                    tx -> tx.run(cypher).single().get("missing").asBoolean());
        }
    }

    private static List<Integer> sizes(List<Placement> placements) {
        var sizes = new HashMap<String, Integer>();
        placements.stream()
                .map(Placement::topic)
                .filter(Objects::nonNull)
                .forEach(topic -> sizes.merge(topic, 1, Integer::sum));
        return sizes.values().stream().sorted(Comparator.reverseOrder()).toList();
    }
}
