package dev.notegraph.explorer.topic;

import dev.notegraph.explorer.concept.ConceptView;
import java.util.Map;
import java.util.Optional;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.springframework.stereotype.Component;

/** Reads the topics the importer stored on the concepts ({@code topic}, {@code topicCentrality}, {@code topicBridge}). */
@Component
final class TopicReader {

    static final int BRIDGES = 5;

    private final Driver driver;
    private final TopicLinks links;

    TopicReader(Driver driver, TopicLinks links) {
        this.driver = driver;
        this.links = links;
    }

    /** The {@code limit} largest topics, each with its {@code conceptLimit} most central concepts. */
    TopicList largest(int limit, int conceptLimit) {
        var query =
                """
                MATCH (c:Concept) WHERE c.topic IS NOT NULL
                WITH c.topic AS topic, count(*) AS size
                ORDER BY size DESC, topic
                WITH collect({topic: topic, size: size}) AS every
                UNWIND every[..$limit] AS t
                CALL (t) {
                  MATCH (c:Concept {topic: t.topic})
                  WITH c ORDER BY c.topicCentrality DESC, c.id
                  RETURN collect(c)[..$conceptLimit] AS concepts
                }
                CALL (t) {
                  MATCH (c:Concept {topic: t.topic}) WHERE c.topicBridge > 0
                  WITH c ORDER BY c.topicBridge DESC, c.id
                  RETURN collect(c)[..$bridges] AS bridges
                }
                MATCH (l:Concept {id: t.topic})
                RETURN t.topic AS id, l.name AS label, t.size AS size, concepts, bridges, size(every) AS total
                """;
        var parameters = Map.<String, Object>of("limit", limit, "conceptLimit", conceptLimit, "bridges", BRIDGES);
        try (var session = driver.session()) {
            var rows = session.executeRead(tx -> tx.run(query, parameters).list());
            var topics = rows.stream().map(TopicReader::toTopic).toList();
            var total = rows.isEmpty() ? 0 : rows.get(0).get("total").asLong();
            var ids = topics.stream().map(Topic::id).toList();
            return new TopicList(topics, links.among(ids), total);
        }
    }

    /** The topic with all its concepts and its linked topics; empty for an unknown id. */
    Optional<TopicDetail> find(String id) {
        var query =
                """
                MATCH (c:Concept {topic: $id})
                WITH c ORDER BY c.topicCentrality DESC, c.id
                WITH collect(c) AS concepts
                WHERE size(concepts) > 0
                CALL () {
                  MATCH (c:Concept {topic: $id}) WHERE c.topicBridge > 0
                  WITH c ORDER BY c.topicBridge DESC, c.id
                  RETURN collect(c)[..$bridges] AS bridges
                }
                MATCH (l:Concept {id: $id})
                RETURN $id AS id, l.name AS label, size(concepts) AS size, concepts, bridges
                """;
        try (var session = driver.session()) {
            return session.executeRead(tx -> tx.run(query, Map.of("id", id, "bridges", BRIDGES)).stream()
                            .findFirst()
                            .map(TopicReader::toTopic))
                    .map(topic -> new TopicDetail(
                            topic.id(), topic.label(), topic.size(), topic.concepts(), topic.bridges(), links.of(id)));
        }
    }

    private static Topic toTopic(Record r) {
        return new Topic(
                r.get("id").asString(),
                r.get("label").asString(r.get("id").asString()),
                r.get("size").asLong(),
                r.get("concepts").asList(ConceptView::toConcept),
                r.get("bridges").asList(ConceptView::toConcept));
    }
}
