package dev.notegraph.explorer.topic;

import dev.notegraph.schema.ConceptRelation;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Driver;
import org.springframework.stereotype.Component;

/** Counts the relations that join concepts of two different topics. */
@Component
final class TopicLinks {

    private final Driver driver;

    TopicLinks(Driver driver) {
        this.driver = driver;
    }

    /** The links between two of these topics, most edges first. */
    List<TopicLink> among(List<String> topics) {
        var query =
                """
                MATCH (a:Concept)-[r:%s]->(b:Concept)
                WHERE a.topic IN $topics AND b.topic IN $topics AND a.topic <> b.topic
                WITH CASE WHEN a.topic < b.topic THEN [a.topic, b.topic] ELSE [b.topic, a.topic] END AS pair,
                     count(r) AS edges
                RETURN pair[0] AS source, pair[1] AS target, edges
                ORDER BY edges DESC, source, target
                """
                        .formatted(ConceptRelation.typeExpression());
        try (var session = driver.session()) {
            return session.executeRead(tx -> tx.run(query, Map.of("topics", topics))
                    .list(r -> new TopicLink(
                            r.get("source").asString(),
                            r.get("target").asString(),
                            r.get("edges").asLong())));
        }
    }

    /** The topics linked to this one, most edges first. */
    List<TopicDetail.Neighbour> of(String topic) {
        var query =
                """
                MATCH (c:Concept {topic: $topic})-[r:%s]-(o:Concept)
                WHERE o.topic IS NOT NULL AND o.topic <> $topic
                WITH o.topic AS other, count(r) AS edges
                MATCH (l:Concept {id: other})
                RETURN other, l.name AS label, COUNT { MATCH (m:Concept {topic: other}) } AS size, edges
                ORDER BY edges DESC, other
                """
                        .formatted(ConceptRelation.typeExpression());
        try (var session = driver.session()) {
            return session.executeRead(tx -> tx.run(query, Map.of("topic", topic))
                    .list(r -> new TopicDetail.Neighbour(
                            r.get("other").asString(),
                            r.get("label").asString(),
                            r.get("size").asLong(),
                            r.get("edges").asLong())));
        }
    }
}
