package dev.notegraph.explorer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The explorer in a real headless Chromium, on the bundled notes, through the UI a learner uses. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExplorerBrowserIT {

    /** GIL's concept id; which of its names the extractor makes canonical is not this test's business. */
    String gil;

    @LocalServerPort
    int port;

    @Autowired
    TestRestTemplate http;

    Browser browser;

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) throws Exception {
        var dir = Files.createTempDirectory("explorer-ui");
        registry.add("explorer.data-dir", dir::toString);
        registry.add("explorer.page-cache", () -> "64MB");
    }

    @BeforeAll
    void startBrowserOnceImported() throws Exception {
        var deadline = Instant.now().plus(Duration.ofMinutes(5));
        while (http.getForObject("/api/stats", JsonNode.class).path("importing").asBoolean(true)) {
            assertThat(Instant.now()).as("start-up import finished").isBefore(deadline);
            Thread.sleep(500);
        }
        var hit =
                http.getForObject("/api/concepts?q=GIL&limit=1", JsonNode.class).path(0);
        assertThat(names(hit)).as("the notes' GIL concept").contains("GIL");
        gil = hit.path("id").asText();
        browser = new Browser("http://127.0.0.1:" + port);
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
        browser.resize(1280, 900);
    }

    @Test
    void shouldLandOnGilsPageWhenSearchingItsChineseName() {
        browser.open("");
        browser.find(".stats:not(.busy)");
        var search = browser.find("#search");
        search.sendKeys("全局解释器锁");
        var first = browser.find("#search ~ .suggest li[role=option]");
        assertThat(first.getText()).contains("GIL");
        browser.screenshot("01-search-suggestions");

        search.sendKeys(Keys.ARROW_DOWN, Keys.ENTER);

        var title = browser.find(".concept h1").getText();
        var aliases = browser.find(".chips").getText();
        assertThat(List.of(title, aliases)).anySatisfy(t -> assertThat(t).contains("GIL"));
        assertThat(title + "\n" + aliases).contains("全局解释器锁");
        assertThat(java.net.URLDecoder.decode(browser.driver.getCurrentUrl(), java.nio.charset.StandardCharsets.UTF_8))
                .endsWith("#/concept/" + gil);
        browser.waitFor(d -> browser.graphNodes() > 1);
        browser.screenshot("02-concept-gil");
    }

    @Test
    void shouldDrawGilsNeighbourhoodWithoutOverlapsAndExpandAndCollapseANode() {
        browser.open("concept/" + gil);
        var drawn = http.getForObject("/api/concepts/" + gil + "/neighbourhood?depth=1&limit=400", JsonNode.class);
        var expected = Math.min(150, drawn.path("nodes").size());
        // The previous page's graph may still be on screen for a moment: wait for this one.
        browser.waitFor(d -> browser.graphNodes() == expected);
        var initial = browser.graphNodes();
        assertThat(overlappingNodePairs()).isZero();

        var other = (String) browser.js(
                "return cy.nodes().filter(n => n.id() !== arguments[0])"
                        + ".sort((a, b) => b.degree() - a.degree())[0].id();",
                gil);
        clickNode(other);
        browser.waitFor(
                d -> (Boolean) browser.js("return cy.getElementById(arguments[0]).hasClass('expanded');", other));
        var expanded = browser.graphNodes();
        assertThat(expanded).isGreaterThanOrEqualTo(initial);
        browser.screenshot("03-graph-expanded");

        clickNode(other);
        browser.waitFor(
                d -> !(Boolean) browser.js("return cy.getElementById(arguments[0]).hasClass('expanded');", other));
        assertThat(browser.graphNodes()).isEqualTo(initial);
    }

    @Test
    void shouldKeepADeepNeighbourhoodReadableAndCapped() {
        browser.open("concept/" + gil);
        browser.waitFor(d -> browser.graphNodes() > 1);
        new org.openqa.selenium.support.ui.Select(browser.find("#depth")).selectByValue("3");
        var available = http.getForObject("/api/concepts/" + gil + "/neighbourhood?depth=3&limit=400", JsonNode.class)
                .path("nodes")
                .size();
        browser.waitFor(d -> browser.graphNodes() == Math.min(150, available));
        assertThat(overlappingNodePairs()).isZero();
        if (available > 150) {
            assertThat(browser.find("#show-more").getText()).contains("more");
        }
        browser.screenshot("04-graph-depth-3");
    }

    @Test
    void shouldShowTheNoteSectionBehindAMention() {
        browser.open("concept/" + gil);
        browser.find(".mentions .mention").click();

        var dialog = browser.find("dialog#reader[open]");
        // Rendered Markdown has replaced the "Loading…" message.
        browser.waitFor(
                d -> dialog.findElements(By.cssSelector(".markdown .message")).isEmpty()
                        && !dialog.findElements(By.cssSelector(".markdown h1, .markdown h2, .markdown h3, .markdown p"))
                                .isEmpty());
        browser.screenshot("05-mention-section");
        assertThat(dialog.findElement(By.id("reader-where")).getText()).matches(".+:\\d+");
        var body = dialog.findElement(By.id("reader-body")).getText();
        assertThat(List.of("GIL", "全局解释器锁")).anySatisfy(name -> assertThat(body).contains(name));
    }

    @Test
    void shouldListEveryPrerequisiteBeforeWhatNeedsItOnTheStudyPath() {
        var target = pathTarget();
        browser.open("path/" + target);
        var ids = stepIds();

        assertThat(ids).isNotEmpty().doesNotHaveDuplicates();
        assertThat(ids.get(ids.size() - 1)).isEqualTo(target);
        for (var edge : prerequisiteEdgesAmong(ids)) {
            assertThat(ids.indexOf(edge.get(0)))
                    .as("%s is a prerequisite of %s", edge.get(0), edge.get(1))
                    .isLessThan(ids.indexOf(edge.get(1)));
        }
        var names = browser.driver.findElements(By.cssSelector("#steps > li.step .step-name")).stream()
                .map(WebElement::getText)
                .toList();
        // What the extractor made of the path, for the report: 四次挥手 should precede TIME-WAIT.
        System.out.println("Study path to " + target + ": " + names);
        if (names.contains("四次挥手") && names.contains("TIME-WAIT")) {
            assertThat(names.indexOf("四次挥手")).isLessThan(names.indexOf("TIME-WAIT"));
        }
        browser.screenshot("06-study-path");
    }

    @Test
    void shouldShrinkThePathWhenAStepIsMarkedKnown() {
        var target = pathTarget();
        browser.open("path/" + target);
        var before = stepIds();
        assertThat(before).hasSizeGreaterThan(1);

        browser.find(".step .known input").click();

        browser.waitFor(d -> !stepIds().contains(before.get(0)));
        assertThat(stepIds()).hasSizeLessThan(before.size()).contains(target);
        assertThat((String) browser.js("return localStorage.getItem('notegraph.known');"))
                .contains(before.get(0));
        browser.screenshot("07-study-path-shrunk");
    }

    @Test
    void shouldDrawAndListThePathBetweenTwoConcepts() {
        var query =
                """
                MATCH (a:Concept {id: $id})--(:Concept)--(b:Concept)
                WHERE a <> b AND NOT (a)--(b)
                RETURN b.id LIMIT 1
                """;
        var far = http.postForObject(
                        "/api/cypher", Map.of("query", query, "parameters", Map.of("id", gil)), JsonNode.class)
                .at("/rows/0/0")
                .asText();
        var path = http.getForObject("/api/paths?from={f}&to={t}", JsonNode.class, gil, far);
        browser.open("between/" + gil + "/" + far);

        browser.find("#chain li.edge");
        var listed = browser.driver.findElements(By.cssSelector("#chain li.node")).stream()
                .map(li -> li.getDomAttribute("data-id"))
                .toList();
        assertThat(listed).hasSize(path.path("nodes").size()).hasSizeGreaterThanOrEqualTo(3);
        assertThat(listed.get(0)).isEqualTo(gil);
        assertThat(listed.get(listed.size() - 1)).isEqualTo(far);
        assertThat(browser.graphNodes()).isEqualTo(path.path("nodes").size());
        browser.screenshot("08-between");
    }

    @Test
    void shouldShowACypherQueryAsATableAndAGraph() {
        browser.open("cypher");
        browser.find(".examples .chip").click(); // the neighbourhood example returns nodes

        var table = browser.find("table.results");
        assertThat(table.findElements(By.cssSelector("tbody tr"))).isNotEmpty();
        assertThat(table.findElements(By.cssSelector("th")).stream().map(WebElement::getText))
                .containsExactly("c", "r", "n");
        browser.waitFor(d -> browser.graphNodes() > 1);
        assertThat(browser.find("#cypher-limits").getText()).matches("Read-only, .* s timeout, \\d+ rows max\\.");
        assertThat(browser.driver.getCurrentUrl()).contains("#/cypher?q=");
        browser.screenshot("09-cypher-table");
    }

    @Test
    void shouldShowTheServersRefusalOfAWriteQuery() {
        var write = "CREATE (n:Intruder {name: 'x'}) RETURN n";
        browser.open("cypher");
        var text = browser.find("#cypher-query");
        text.clear();
        text.sendKeys(write);
        browser.find("#cypher-run").click();

        var problem = browser.find(".problem");
        var refusal = http.postForEntity("/api/cypher", Map.of("query", write), JsonNode.class);
        assertThat(refusal.getStatusCode().is4xxClientError()).isTrue();
        assertThat(problem.getText()).contains(refusal.getBody().path("detail").asText());
        var count = http.postForObject(
                "/api/cypher", Map.of("query", "MATCH (n:Intruder) RETURN count(n) AS n"), JsonNode.class);
        assertThat(count.at("/rows/0/0").asInt()).isZero();
        browser.screenshot("10-cypher-refusal");
    }

    @Test
    void shouldShowTheConceptPageInOneColumnOnANarrowScreen() {
        browser.resize(760, 1000);
        browser.open("concept/" + gil);
        browser.waitFor(d -> browser.graphNodes() > 1);
        var column = browser.find(".concept-grid .column").getRect();
        var graph = browser.find(".graph-panel").getRect();
        assertThat(graph.getY()).isGreaterThan(column.getY() + column.getHeight() - 1);
        assertThat((Long) browser.js("return document.documentElement.scrollWidth;"))
                .isLessThanOrEqualTo(760);
        browser.screenshot("11-concept-narrow");
        browser.resize(1280, 900);
        browser.open("");
        browser.find(".card");
        browser.screenshot("00-home");
    }

    private static List<String> names(JsonNode concept) {
        var names = new ArrayList<String>();
        names.add(concept.path("name").asText());
        concept.path("aliases").forEach(a -> names.add(a.asText()));
        return names;
    }

    /**
     * TIME-WAIT when something stands before it; else, of the concepts with a prerequisite, the one with the
     * shortest study path that still has at least three steps (so marking one known visibly shrinks it).
     */
    private String pathTarget() {
        var query =
                """
                MATCH (p:Concept)-[:PREREQUISITE_OF]->(c:Concept)
                RETURN c.id AS id, (c.name = 'TIME-WAIT' OR 'TIME-WAIT' IN c.aliases) AS preferred, count(p) AS n
                ORDER BY preferred DESC, n LIMIT 40
                """;
        String best = null;
        var fewest = Integer.MAX_VALUE;
        for (var row : http.postForObject("/api/cypher", Map.of("query", query), JsonNode.class)
                .path("rows")) {
            var id = row.get(0).asText();
            var steps = http.getForObject("/api/study-path?target={id}", JsonNode.class, id)
                    .path("steps")
                    .size();
            if (row.get(1).asBoolean() && steps > 1) {
                return id;
            }
            if (steps >= 3 && steps < fewest) {
                best = id;
                fewest = steps;
            }
        }
        assertThat(best)
                .as("a concept with a study path of three steps or more")
                .isNotNull();
        return best;
    }

    private List<List<String>> prerequisiteEdgesAmong(List<String> ids) {
        var query =
                """
                MATCH (a:Concept)-[:PREREQUISITE_OF]->(b:Concept)
                WHERE a.id IN $ids AND b.id IN $ids
                RETURN a.id, b.id
                """;
        var answer = http.postForObject(
                "/api/cypher", Map.of("query", query, "parameters", Map.of("ids", ids)), JsonNode.class);
        var edges = new ArrayList<List<String>>();
        answer.path("rows")
                .forEach(
                        row -> edges.add(List.of(row.get(0).asText(), row.get(1).asText())));
        return edges;
    }

    private List<String> stepIds() {
        browser.find("#steps .step");
        return browser.driver.findElements(By.cssSelector("#steps > li.step")).stream()
                .map(li -> li.getDomAttribute("data-id"))
                .toList();
    }

    /** A real mouse click where Cytoscape drew the node. */
    private void clickNode(String id) {
        @SuppressWarnings("unchecked")
        var at = (Map<String, Number>) browser.js("return cy.getElementById(arguments[0]).renderedPosition();", id);
        var box = browser.find("#graph");
        // Centred, so the sticky header cannot sit over the node we aim at.
        browser.js("arguments[0].scrollIntoView({block: 'center'});", box);
        var rect = box.getRect();
        new Actions(browser.driver)
                .moveToElement(box, (int) (at.get("x").doubleValue() - rect.getWidth() / 2.0), (int)
                        (at.get("y").doubleValue() - rect.getHeight() / 2.0))
                .click()
                .perform();
    }

    /** Pairs of nodes whose drawn circles intersect. */
    private long overlappingNodePairs() {
        var script =
                """
                const boxes = cy.nodes().map(n => n.boundingBox({includeLabels: false}));
                let overlaps = 0;
                for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) {
                  const a = boxes[i], b = boxes[j];
                  if (a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2) overlaps++;
                }
                return overlaps;
                """;
        return ((Number) browser.js(script)).longValue();
    }
}
