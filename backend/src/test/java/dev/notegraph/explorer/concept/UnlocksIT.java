package dev.notegraph.explorer.concept;

import static dev.notegraph.explorer.ApiTestSupport.get;
import static org.assertj.core.api.Assertions.assertThat;

import dev.notegraph.explorer.ApiTestSupport;
import dev.notegraph.explorer.FixtureContext;
import dev.notegraph.explorer.FixtureGraph;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import tools.jackson.databind.JsonNode;

/**
 * {@code unlocks} on {@code GET /api/concepts/{id}} over the fixture graph, where 进程 → 线程 → {多线程, GIL} and
 * 多线程 → GIL, and TCP → {四次挥手 → TIME-WAIT, TIME-WAIT}.
 */
@FixtureContext
class UnlocksIT {

    @Autowired
    TestRestTemplate http;

    @BeforeAll
    static void seed(@Autowired Driver driver, @Autowired TestRestTemplate http) throws InterruptedException {
        ApiTestSupport.awaitStartup(http);
        FixtureGraph.load(driver, "/fixtures/concepts-graph.cypher");
    }

    @Test
    void shouldListWhatAConceptUnlocksTransitivelyNearestFirst() {
        var unlocks = unlocks("进程");
        assertThat(ids(unlocks)).containsExactly("线程", "多线程", "gil");
        assertThat(unlocks.findValues("distance").stream().map(JsonNode::asInt)).containsExactly(1, 2, 2);
        // At the same distance the stronger edge comes first: 线程 → 多线程 (0.8) before 线程 → GIL (0.6).
        assertThat(unlocks.get(1).path("confidence").asDouble()).isEqualTo(0.8);
        assertThat(unlocks.get(0).path("concept").path("name").asText()).isEqualTo("线程");
    }

    @Test
    void shouldListAConceptOnceAtItsNearestDistance() {
        var unlocks = unlocks("tcp");
        assertThat(ids(unlocks)).containsExactly("四次挥手", "time-wait");
        assertThat(unlocks.findValues("distance").stream().map(JsonNode::asInt)).containsExactly(1, 1);
    }

    @Test
    void shouldUnlockNothingAtTheEndOfTheChains() {
        assertThat(unlocks("gil")).isEmpty();
        assertThat(unlocks("time-wait")).isEmpty();
    }

    private JsonNode unlocks(String id) {
        var detail = get(http, "/api/concepts/{id}", id);
        assertThat(detail.getStatusCode().value()).isEqualTo(200);
        return detail.getBody().path("unlocks");
    }

    private static List<String> ids(JsonNode unlocks) {
        var ids = new ArrayList<String>();
        unlocks.forEach(u -> ids.add(u.path("concept").path("id").asText()));
        return ids;
    }
}
