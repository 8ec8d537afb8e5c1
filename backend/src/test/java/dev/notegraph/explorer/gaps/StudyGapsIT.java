package dev.notegraph.explorer.gaps;

import static dev.notegraph.explorer.ApiTestSupport.assertProblem;
import static dev.notegraph.explorer.ApiTestSupport.get;
import static org.assertj.core.api.Assertions.assertThat;

import dev.notegraph.explorer.ApiTestSupport;
import dev.notegraph.explorer.FixtureContext;
import dev.notegraph.importer.ImportListener;
import dev.notegraph.importer.Importer;
import dev.notegraph.importer.extract.NotesAnalyzer;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import tools.jackson.databind.JsonNode;

/**
 * {@code GET /api/gaps} on two notes imported for real: each teaches that TCP and 拥塞控制 come before the other,
 * so the importer breaks that cycle, and 流量控制 is used without ever being defined.
 */
@FixtureContext
class StudyGapsIT {

    @Autowired
    TestRestTemplate http;

    @Autowired
    Driver driver;

    @BeforeAll
    static void importNotes(
            @Autowired Driver driver, @Autowired TestRestTemplate http, @Autowired NotesAnalyzer analyzer)
            throws InterruptedException, URISyntaxException {
        ApiTestSupport.awaitStartup(http);
        try (var session = driver.session()) {
            session.executeWrite(tx -> tx.run("MATCH (n) DETACH DELETE n").consume());
        }
        var notes = Path.of(StudyGapsIT.class.getResource("/notes-with-gaps").toURI());
        new Importer(driver, analyzer).importFolder(notes, ImportListener.NONE);
    }

    @Test
    void shouldReportTheCycleTheImporterBrokeWithTheEdgeItDropped() {
        var cycles = get(http, "/api/gaps").getBody().path("brokenCycles");
        var dropped =
                find(cycles, c -> c.path("dropped").path("source").asText().equals("拥塞控制"));
        assertThat(dropped.path("dropped").path("target").asText()).isEqualTo("tcp");
        assertThat(dropped.path("dropped").path("type").asText()).isEqualTo("PREREQUISITE_OF");
        assertThat(dropped.path("dropped").path("evidence")).isNotEmpty();
        var cycle = texts(dropped.path("cycle"));
        assertThat(cycle).startsWith("tcp").endsWith("拥塞控制");
        // The cycle is real: kept prerequisites lead from the dropped edge's target back to its source...
        for (int i = 0; i + 1 < cycle.size(); i++) {
            assertThat(prerequisite(cycle.get(i), cycle.get(i + 1)))
                    .as(cycle.get(i) + " -> " + cycle.get(i + 1))
                    .isTrue();
        }
        // ...and the dropped edge is gone from the graph every other endpoint reads.
        assertThat(prerequisite("拥塞控制", "tcp")).isFalse();
        assertThat(texts(dropped.path("concepts").findValues("id").stream().toList()))
                .isEqualTo(cycle);
    }

    @Test
    void shouldReportAConceptUsedButNeverDefined() {
        var report = get(http, "/api/gaps").getBody();
        var undefined = find(
                report.path("undefined"),
                u -> u.path("concept").path("id").asText().equals("流量控制"));
        assertThat(undefined.path("mentions").asLong()).isPositive();
        assertThat(undefined.path("notes").asLong()).isEqualTo(1);
        var defined = get(http, "/api/concepts/tcp").getBody();
        assertThat(defined.path("summary").asText()).isNotBlank();
        assertThat(report.path("undefined").findValues("id").stream().map(JsonNode::asText))
                .doesNotContain("tcp");
        assertThat(report.path("totals").path("undefined").asLong())
                .isEqualTo(report.path("undefined").size());
    }

    @Test
    void shouldCapEachListAndRefuseABadLimit() {
        var capped = get(http, "/api/gaps?limit=1").getBody();
        for (var list : List.of("undefined", "isolated", "unlinkedTopics", "brokenCycles")) {
            assertThat(capped.path(list).size()).as(list).isLessThanOrEqualTo(1);
        }
        assertThat(capped.path("totals").path("brokenCycles").asLong()).isGreaterThanOrEqualTo(1);
        assertProblem(get(http, "/api/gaps?limit=0"), 400, "bad-request");
        assertProblem(get(http, "/api/gaps?limit=501"), 400, "bad-request");
    }

    private boolean prerequisite(String from, String to) {
        try (var session = driver.session()) {
            return session.executeRead(tx -> tx.run(
                            "RETURN EXISTS { (:Concept {id: $from})-[:PREREQUISITE_OF]->(:Concept {id: $to}) } AS x",
                            Map.of("from", from, "to", to))
                    .single()
                    .get("x")
                    .asBoolean());
        }
    }

    private static JsonNode find(JsonNode list, java.util.function.Predicate<JsonNode> wanted) {
        for (var item : list) {
            if (wanted.test(item)) {
                return item;
            }
        }
        throw new AssertionError("not found in " + list);
    }

    private static List<String> texts(JsonNode array) {
        var out = new ArrayList<String>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    private static List<String> texts(List<JsonNode> nodes) {
        return nodes.stream().map(JsonNode::asText).toList();
    }
}
