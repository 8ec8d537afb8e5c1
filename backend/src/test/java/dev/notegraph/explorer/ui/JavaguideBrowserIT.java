package dev.notegraph.explorer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.neo4j.driver.Driver;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureTestRestTemplate;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The explorer on the javaguide corpus (about 9.7k concepts, 118k relations): a hub concept's graph is
 * capped with "show more", suggestions come, a long study path renders, the console answers.
 */
@AutoConfigureTestRestTemplate
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS) // frees its Neo4j for the next class
class JavaguideBrowserIT {

    @LocalServerPort
    int port;

    @Autowired
    TestRestTemplate http;

    @Autowired
    Driver driver;

    Browser browser;

    GraphProbe graph;

    /** The concept with the most relations: the hardest page to keep responsive. */
    Hub hub;

    record Hub(String id, String name, long relations) {}

    @DynamicPropertySource
    static void javaguide(DynamicPropertyRegistry registry) throws Exception {
        var notes = Path.of(System.getProperty("shared.dir", "../shared"), "corpus", "javaguide");
        registry.add("explorer.notes", () -> notes.toAbsolutePath().toString());
        var dataDir = Files.createTempDirectory("explorer-javaguide");
        var copied = JavaguideStoreCopy.into(dataDir.resolve("neo4j"));
        System.out.println("javaguide: " + (copied ? "store of this build copied" : "imported at start-up"));
        registry.add("explorer.data-dir", dataDir::toString);
        registry.add("explorer.page-cache", () -> "256MB");
    }

    @BeforeAll
    void startBrowserOnceImported() throws Exception {
        var deadline = Instant.now().plus(Duration.ofMinutes(20));
        JsonNode stats;
        while ((stats = http.getForObject("/api/stats", JsonNode.class))
                .path("importing")
                .asBoolean(true)) {
            assertThat(Instant.now()).as("javaguide import finished").isBefore(deadline);
            Thread.sleep(1000);
        }
        assertThat(stats.path("concepts").asLong())
                .as("javaguide imported: %s", stats)
                .isGreaterThan(1000);
        hub = busiestConcept();
        browser = new Browser("http://127.0.0.1:" + port);
        graph = new GraphProbe(browser);
    }

    @AfterAll
    void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @BeforeEach
    void forgetKnownConcepts() {
        browser.open("");
        browser.js("localStorage.clear();");
        browser.resize(1280, 800);
    }

    @Test
    void shouldSuggestTheHubWhileItsNameIsTyped() {
        browser.open("");
        var search = browser.find("#search");
        var typed = System.nanoTime();
        search.sendKeys(hub.name());

        browser.waitFor(d -> d.findElements(By.cssSelector("#search ~ .suggest li[role=option]")).stream()
                .anyMatch(li -> hub.id().equals(li.getDomAttribute("data-id"))));

        System.out.printf(
                "javaguide: suggestions for '%s' after %d ms (wall clock, machine shared)%n",
                hub.name(), (System.nanoTime() - typed) / 1_000_000);
        browser.screenshot("j01-search-hub");
    }

    @Test
    void shouldCapTheHubsGraphAndShowMoreOnRequest() {
        var available = http.getForObject(
                        "/api/concepts/{id}/neighbourhood?depth=2&limit=400", JsonNode.class, hub.id())
                .path("nodes")
                .size();
        assertThat(available).as("a hub brings more than the cap").isGreaterThan(150);
        browser.find(".stats:not(.busy)");
        var busyBefore = browser.mainThreadBusyMs();
        browser.open("concept/" + hub.id() + "?depth=2");

        browser.waitFor(d ->
                graph.nodes() == 150 && browser.find("#graph-status").getText().contains("relations"));
        var busy = browser.mainThreadBusyMs() - busyBefore;

        var status = browser.find("#graph-status").getText();
        assertThat(status).matches("150 concepts, \\d+ of \\d+ relations drawn");
        assertThat(graph.number("return cy.edges().length;")).isLessThanOrEqualTo(300);
        assertThat(graph.smallestLabelPx()).isGreaterThanOrEqualTo(11.0);
        assertThat(graph.overlappingLabels()).isZero();
        assertThat(graph.overlappingNodes()).isZero();
        System.out.printf(
                "javaguide: %s (%d relations) at depth 2: %s; main thread busy %d ms (Chrome TaskDuration)%n",
                hub.name(), hub.relations(), status, busy);
        browser.screenshot("j02-hub-depth-2");

        browser.find("#show-more").click();

        browser.waitFor(d -> graph.nodes() == Math.min(200, available));
        assertThat(graph.overlappingLabels()).isZero();
        browser.screenshot("j03-hub-show-more");
    }

    @Test
    void shouldRenderALongStudyPathInsideTheWindow() {
        var target = conceptWithALongStudyPath();
        browser.open("path/" + target);

        browser.waitFor(d -> d.findElements(By.cssSelector("#steps > li.step")).size() > 2);
        var steps = stepIds();
        assertThat(steps.get(steps.size() - 1)).isEqualTo(target);
        assertThat((Long) browser.js("return document.documentElement.scrollWidth;"))
                .isLessThanOrEqualTo((Long) browser.js("return document.documentElement.clientWidth;"));
        browser.find("#learn-next ul, #learn-next .message");
        browser.screenshot("j04-long-study-path");

        browser.find(".step .known input").click();

        browser.waitFor(d -> !stepIds().contains(steps.get(0)));
        // A path at the step cap may take in the next strongest prerequisite: it never grows, and the known
        // concept is gone.
        assertThat(stepIds())
                .hasSizeLessThanOrEqualTo(steps.size())
                .doesNotContain(steps.get(0))
                .contains(target);
    }

    @Test
    void shouldAnswerAConsoleExampleWithATable() {
        browser.open("cypher");

        browser.driver.findElements(By.cssSelector(".examples .chip")).stream()
                .filter(chip -> chip.getText().equals("Most connected concepts"))
                .findFirst()
                .orElseThrow()
                .click();

        var table = browser.find("table.results");
        var top = table.findElements(By.cssSelector("tbody tr:first-child td")).stream()
                .map(WebElement::getText)
                .toList();
        assertThat(table.findElements(By.cssSelector("tbody tr"))).hasSize(15);
        // The hub's name may tie with another's degree; its degree cannot.
        assertThat(top).hasSize(2).element(1).isEqualTo(String.valueOf(hub.relations()));
        browser.screenshot("j05-console-table");
    }

    @Test
    void shouldDrawTopicsNotConceptsOnTheMapAndOpenTheLargest() {
        var listed = http.getForObject("/api/topics?limit=60", JsonNode.class);
        var largest = listed.path("topics").get(0);
        browser.open("topics");

        browser.find("#topic-map");
        // One node per topic: the map of ~10k concepts draws a few dozen nodes.
        long topics = listed.path("topics").size();
        browser.waitFor(d -> browser.graphNodes() == topics);
        assertThat(topics).isBetween(2L, 60L);
        browser.screenshot("j06-topic-map");
        assertThat(browser.find("#downloads a[data-format=graphml]").getDomAttribute("href"))
                .isEqualTo("/api/export?format=graphml");
        browser.find("#topic-list li:first-child a").click();

        browser.find("#topic-concepts li");
        assertThat(browser.find("h1").getText())
                .startsWith(largest.path("label").asText());
        assertThat(browser.driver.findElements(By.cssSelector("#topic-concepts li")))
                .hasSize(largest.path("size").asInt());
        browser.find("#topic-concepts li:nth-child(2) a").click();
        assertThat(browser.find("#concept-topic").getText())
                .isEqualTo(largest.path("label").asText());
    }

    @Test
    void shouldListTheStudyGapsOfTheWholeCorpus() {
        var started = System.nanoTime();
        var report = http.getForObject("/api/gaps", JsonNode.class);
        // Figures for the README, not a limit: the report reads every concept and mention.
        System.out.printf(
                "javaguide gaps: %s in %d ms%n", report.path("totals"), (System.nanoTime() - started) / 1_000_000);
        browser.open("gaps");

        browser.find("#gaps-cycles li");
        browser.screenshot("j07-gaps");
        var totals = report.path("totals");
        assertThat(totals.path("undefined").asLong()).isPositive();
        assertThat(totals.path("brokenCycles").asLong()).isPositive();
        assertThat(browser.find("#gaps-cycles h2 .count").getText())
                .isEqualTo(totals.path("brokenCycles").asText());
        assertThat(browser.driver.findElements(By.cssSelector("#gaps-undefined .gap-list > li")))
                .hasSize((int) Math.min(50, totals.path("undefined").asLong()));
        var first = report.path("brokenCycles").get(0).path("dropped");
        assertThat(browser.find("#gaps-cycles li p").getText()).contains("→");
        browser.find("#gaps-cycles li .cycle a").click();
        browser.waitFor(d -> d.getCurrentUrl().contains("#/concept/"));
        assertThat(browser.find("h1").getText()).isNotBlank();
        assertThat(first.path("type").asText()).isEqualTo("PREREQUISITE_OF");
    }

    private List<String> stepIds() {
        browser.find("#steps .step");
        return browser.driver.findElements(By.cssSelector("#steps > li.step")).stream()
                .map(li -> li.getDomAttribute("data-id"))
                .toList();
    }

    private Hub busiestConcept() {
        var query =
                """
                MATCH (c:Concept)
                RETURN c.id AS id, c.name AS name, COUNT { (c)-[]-(:Concept) } AS relations
                ORDER BY relations DESC, id LIMIT 1
                """;
        try (var session = driver.session()) {
            return session.executeRead(tx -> {
                var row = tx.run(query).single();
                return new Hub(
                        row.get("id").asString(),
                        row.get("name").asString(),
                        row.get("relations").asLong());
            });
        }
    }

    /** Of the hub's direct successors along PREREQUISITE_OF, one whose study path has the most steps. */
    private String conceptWithALongStudyPath() {
        var query =
                """
                MATCH (:Concept {id: $hub})-[:PREREQUISITE_OF]->(c:Concept)
                RETURN c.id AS id ORDER BY c.mentionCount DESC, id LIMIT 5
                """;
        List<String> candidates;
        try (var session = driver.session()) {
            candidates = session.executeRead(tx -> tx.run(query, java.util.Map.of("hub", hub.id()))
                    .list(r -> r.get("id").asString()));
        }
        String best = hub.id();
        var most = 0;
        for (var id : candidates) {
            var steps = http.getForObject("/api/study-path?target={id}", JsonNode.class, id)
                    .path("steps")
                    .size();
            if (steps > most) {
                best = id;
                most = steps;
            }
        }
        assertThat(most).as("a study path of three steps or more near the hub").isGreaterThanOrEqualTo(3);
        return best;
    }
}
