package dev.notegraph.importer.topics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.notegraph.importer.ImportListener;
import dev.notegraph.importer.Importer;
import dev.notegraph.importer.Seeds;
import dev.notegraph.importer.extract.MarkdownNotesAnalyzer;
import dev.notegraph.schema.EmbeddedNeo4jExtension;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;

// One import of the seeds for the class: each import takes tens of seconds here.
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TopicDetectionIT {

    @RegisterExtension
    static final EmbeddedNeo4jExtension neo4j = new EmbeddedNeo4jExtension();

    private Driver driver;

    private Importer importer;

    private Path notes;

    @BeforeAll
    void importSeeds(@TempDir Path work) {
        driver = neo4j.driver();
        importer = new Importer(driver, new MarkdownNotesAnalyzer());
        neo4j.clear();
        notes = Seeds.copyTo(work.resolve("notes"));
        importer.importFolder(notes, ImportListener.NONE);
    }

    @Test
    void shouldGiveTheSameTopicsIdsIncludedToTheSameNotes() {
        var first = topicsByConcept();

        neo4j.clear();
        var summary = importer.importFolder(notes, ImportListener.NONE);

        assertThat(topicsByConcept()).isEqualTo(first);
        assertThat(summary.topics().count())
                .isEqualTo(Map.copyOf(first).values().stream().distinct().count());
    }

    @Test
    void shouldNameEachTopicAfterOneOfItsOwnConcepts() {
        var topics = topicsByConcept();

        assertThat(topics.values()).isNotEmpty();
        // The topic id is its label concept's id, and that concept is in the topic it names.
        topics.values().forEach(topic -> assertThat(topics).containsEntry(topic, topic));
        assertThat(topics.values().stream().distinct().count()).isGreaterThan(3);
    }

    @Test
    void shouldPutEveryTopicConceptInExactlyOneTopicOfAtLeastTwo() {
        var sizes = new TreeMap<String, Integer>();
        topicsByConcept().values().forEach(topic -> sizes.merge(topic, 1, Integer::sum));

        assertThat(sizes.values()).allSatisfy(size -> assertThat(size).isGreaterThanOrEqualTo(2));
        assertThat(count("MATCH (c:Concept) WHERE c.topic IS NOT NULL AND NOT c.topic IS :: STRING RETURN count(*)"))
                .isZero();
    }

    @Test
    void shouldGiveTopicsToAStoreWrittenBeforeTopicsWithoutAChangedNote() {
        var before = topicsByConcept();
        run("MATCH (c:Concept) REMOVE c.topic, c.topicCentrality, c.topicBridge");

        var summary = importer.importFolder(notes, ImportListener.NONE);

        assertThat(summary.skipped()).isTrue();
        assertThat(topicsByConcept()).isEqualTo(before);
    }

    private Map<String, String> topicsByConcept() {
        try (var session = driver.session()) {
            var map = new TreeMap<String, String>();
            session.run("MATCH (c:Concept) WHERE c.topic IS NOT NULL RETURN c.id AS id, c.topic AS topic")
                    .forEachRemaining(
                            r -> map.put(r.get("id").asString(), r.get("topic").asString()));
            return map;
        }
    }

    private long count(String cypher) {
        try (var session = driver.session()) {
            return session.run(cypher).single().get(0).asLong();
        }
    }

    private void run(String cypher) {
        try (var session = driver.session()) {
            session.run(cypher).consume();
        }
    }
}
