package dev.notegraph.explorer.gaps;

import static dev.notegraph.explorer.ApiTestSupport.get;
import static org.assertj.core.api.Assertions.assertThat;

import dev.notegraph.explorer.ApiTestSupport;
import dev.notegraph.explorer.FixtureContext;
import dev.notegraph.explorer.FixtureGraph;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import tools.jackson.databind.JsonNode;

/** The parts of the gap report that need a graph shaped by hand: topics that never meet, isolated concepts. */
@FixtureContext
class TopicAndIsolationGapsIT {

    @Autowired
    TestRestTemplate http;

    @BeforeAll
    static void seed(@Autowired Driver driver, @Autowired TestRestTemplate http) throws InterruptedException {
        ApiTestSupport.awaitStartup(http);
        FixtureGraph.load(driver, "/fixtures/gaps-graph.cypher");
    }

    @Test
    void shouldListTopicsThatShareNotesButNoEdge() {
        var unlinked = report().path("unlinkedTopics");
        assertThat(unlinked).hasSize(1);
        var pair = unlinked.get(0);
        assertThat(pair.path("a").asText()).isEqualTo("a1");
        assertThat(pair.path("b").asText()).isEqualTo("b1");
        assertThat(pair.path("aLabel").asText()).isEqualTo("A one");
        assertThat(pair.path("bLabel").asText()).isEqualTo("B one");
        assertThat(pair.path("sharedNotes").asLong()).isEqualTo(2);
        assertThat(pair.path("notes").toString()).contains("one.md", "two.md");
    }

    @Test
    void shouldCallAConceptIsolatedWhateverItsDroppedPrerequisites() {
        var report = report();
        assertThat(report.path("isolated").findValuesAsString("id")).containsExactly("lonely", "lonely2");
        assertThat(report.path("brokenCycles").get(0).path("cycle").toString()).isEqualTo("[\"lonely\",\"lonely2\"]");
        assertThat(report.path("undefined").findValuesAsString("id"))
                .as("most mentioned first")
                .containsExactly("b2", "lonely");
    }

    private JsonNode report() {
        return get(http, "/api/gaps").getBody();
    }
}
