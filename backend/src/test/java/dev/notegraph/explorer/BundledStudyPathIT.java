package dev.notegraph.explorer;

import static dev.notegraph.explorer.ApiTestSupport.assertProblem;
import static dev.notegraph.explorer.ApiTestSupport.get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import tools.jackson.databind.JsonNode;

/** The study path a learner gets on the bundled notes, really imported: short, justified, in order. */
@BundledNotesContext
class BundledStudyPathIT {

    @Autowired
    TestRestTemplate http;

    @BeforeEach
    void awaitImport() throws InterruptedException {
        ApiTestSupport.awaitStartup(http);
    }

    @Test
    void shouldPlanAShortJustifiedOrderedPathToTimeWait() {
        var target = id("TIME-WAIT");
        var path = get(http, "/api/study-path?target={t}", target).getBody();
        var steps = path.path("steps");
        var order = FixtureApiIT.ids(steps, "concept");
        System.out.println("study path to TIME-WAIT: " + names(steps));
        assertThat(order).hasSizeBetween(2, 20).endsWith(target).doesNotHaveDuplicates();
        assertThat(order.indexOf(id("四次挥手"))).isBetween(0, order.size() - 2);
        for (int i = 0; i < steps.size() - 1; i++) {
            var because = steps.get(i).path("because");
            assertThat(because).as("why %s", order.get(i)).isNotEmpty();
            for (var edge : because) {
                assertThat(edge.path("evidence")).isNotEmpty();
                assertThat(edge.path("evidence").get(0).path("text").asText()).isNotBlank();
                // each step is needed by a later one, and its own prerequisites on the path came earlier
                assertThat(order.indexOf(edge.path("target").asText())).isGreaterThan(i);
            }
        }
        for (var step : steps) {
            for (var edge : step.path("because")) {
                assertThat(order.indexOf(edge.path("source").asText()))
                        .isLessThan(order.indexOf(edge.path("target").asText()));
            }
        }
    }

    @Test
    void shouldHonourTheLimitsAndLeaveOutWhatOnlyKnownConceptsNeed() {
        var target = id("TIME-WAIT");
        var short1 = get(http, "/api/study-path?target={t}&maxSteps=2", target).getBody();
        assertThat(FixtureApiIT.ids(short1.path("steps"), "concept")).hasSize(2).endsWith(target);
        var strict =
                get(http, "/api/study-path?target={t}&minConfidence=1", target).getBody();
        assertThat(FixtureApiIT.ids(strict.path("steps"), "concept")).containsExactly(target);
        var wave = id("四次挥手");
        // no step cap, so what knowing a concept leaves out is not refilled up to the cap
        var full = FixtureApiIT.ids(
                get(http, "/api/study-path?target={t}&maxSteps=100", target)
                        .getBody()
                        .path("steps"),
                "concept");
        var knowing = FixtureApiIT.ids(
                get(http, "/api/study-path?target={t}&maxSteps=100&known={k}", target, wave)
                        .getBody()
                        .path("steps"),
                "concept");
        assertThat(knowing).doesNotContain(wave).endsWith(target).hasSizeLessThan(full.size());
        assertProblem(get(http, "/api/study-path?target={t}&maxSteps=0", target), 400, "bad-request");
        assertProblem(get(http, "/api/study-path?target={t}&minConfidence=2", target), 400, "bad-request");
    }

    private String id(String name) {
        var hits = get(http, "/api/concepts?q={q}", name).getBody();
        assertThat(hits).as("hits for " + name).isNotEmpty();
        return hits.get(0).path("id").asText();
    }

    private static List<String> names(JsonNode steps) {
        var out = new ArrayList<String>();
        steps.forEach(s -> out.add(s.path("concept").path("name").asText()));
        return out;
    }
}
