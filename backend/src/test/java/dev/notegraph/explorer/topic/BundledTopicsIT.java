package dev.notegraph.explorer.topic;

import static dev.notegraph.explorer.ApiTestSupport.assertProblem;
import static dev.notegraph.explorer.ApiTestSupport.get;
import static org.assertj.core.api.Assertions.assertThat;

import dev.notegraph.explorer.ApiTestSupport;
import dev.notegraph.explorer.BundledNotesContext;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import tools.jackson.databind.JsonNode;

/** The topics of the bundled notes, as the importer found them, through the API. */
@BundledNotesContext
class BundledTopicsIT {

    @Autowired
    TestRestTemplate http;

    @BeforeEach
    void awaitImport() throws InterruptedException {
        ApiTestSupport.awaitStartup(http);
    }

    @Test
    void shouldListTopicsLargestFirstEachLabelledByItsMostCentralConcept() {
        var list = get(http, "/api/topics?limit=50&conceptLimit=200").getBody();
        var topics = list.path("topics");

        assertThat(topics.size()).isGreaterThan(3).isEqualTo(list.path("total").asInt());
        var sizes = new ArrayList<Integer>();
        for (var topic : topics) {
            sizes.add(topic.path("size").asInt());
            assertThat(topic.path("concepts").size())
                    .isEqualTo(topic.path("size").asInt());
            assertThat(topic.path("concepts").get(0).path("id").asText())
                    .isEqualTo(topic.path("id").asText());
            assertThat(topic.path("label").asText())
                    .isEqualTo(topic.path("concepts").get(0).path("name").asText());
        }
        assertThat(sizes).isSortedAccordingTo((a, b) -> b - a);
    }

    @Test
    void shouldPutEachConceptInAtMostOneTopic() {
        var topics =
                get(http, "/api/topics?limit=500&conceptLimit=200").getBody().path("topics");

        var seen = new HashSet<String>();
        for (var topic : topics) {
            for (var concept : topic.path("concepts")) {
                assertThat(seen.add(concept.path("id").asText()))
                        .as(concept.toString())
                        .isTrue();
            }
        }
    }

    @Test
    void shouldLinkTheMapsTopicsByTheRelationsBetweenThem() {
        var list = get(http, "/api/topics?limit=50").getBody();
        var ids = ids(list.path("topics"));

        assertThat(list.path("links")).isNotEmpty();
        for (var link : list.path("links")) {
            assertThat(ids)
                    .contains(link.path("source").asText(), link.path("target").asText());
            assertThat(link.path("source").asText())
                    .isLessThan(link.path("target").asText());
            assertThat(link.path("edges").asLong()).isPositive();
        }
    }

    @Test
    void shouldOpenATopicWithItsConceptsBridgesAndLinkedTopics() {
        var listed = get(http, "/api/topics?limit=1").getBody().path("topics").get(0);
        var id = listed.path("id").asText();

        var topic = get(http, "/api/topics/{id}", id).getBody();

        assertThat(topic.path("label").asText()).isEqualTo(listed.path("label").asText());
        assertThat(topic.path("concepts").size()).isEqualTo(listed.path("size").asInt());
        assertThat(ids(topic.path("concepts"))).containsAll(ids(topic.path("bridges")));
        assertThat(topic.path("links")).isNotEmpty();
        assertThat(topic.path("links").get(0).path("edges").asLong()).isPositive();
    }

    @Test
    void shouldNameTheTopicOfAConcept() {
        var topic = get(http, "/api/topics?limit=1&conceptLimit=3")
                .getBody()
                .path("topics")
                .get(0);
        var member = topic.path("concepts").get(2).path("id").asText();

        var concept = get(http, "/api/concepts/{id}", member).getBody();

        assertThat(concept.path("topic").path("id").asText())
                .isEqualTo(topic.path("id").asText());
        assertThat(concept.path("topic").path("label").asText())
                .isEqualTo(topic.path("label").asText());
    }

    @Test
    void shouldAnswerProblemsForAnUnknownTopicAndBadLimits() {
        assertProblem(get(http, "/api/topics/{id}", "no-such-topic"), 404, "not-found");
        assertProblem(get(http, "/api/topics?limit=0"), 400, "bad-request");
        assertProblem(get(http, "/api/topics?conceptLimit=1000"), 400, "bad-request");
    }

    private static List<String> ids(JsonNode concepts) {
        var ids = new ArrayList<String>();
        concepts.forEach(c -> ids.add(c.path("id").asText()));
        return ids;
    }
}
