package dev.notegraph.explorer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.notegraph.explorer.BundledNotesContext;
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
import org.neo4j.driver.Driver;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import tools.jackson.databind.JsonNode;

/** The explorer in a real headless Chromium, on the bundled notes, through the UI a learner uses. */
@BundledNotesContext
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS) // its embedded Neo4j goes with it
class ExplorerBrowserIT {

    /** GIL's concept id; which of its names the extractor makes canonical is not this test's business. */
    String gil;

    @LocalServerPort
    int port;

    @Autowired
    TestRestTemplate http;

    @Autowired
    Driver driver;

    Browser browser;

    GraphProbe graph;

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
        browser.resize(1280, 900);
    }

    @Test
    void shouldListTheImportsAndTellAnOpenPageWhenAnImportChangedTheGraph() {
        browser.open("imports");
        var startUp = browser.waitFor(d -> d.findElements(By.cssSelector(".imports .import")).stream()
                .filter(e -> e.getText().contains("start-up"))
                .findFirst()
                .orElse(null));
        assertThat(startUp.findElement(By.cssSelector(".summary")).getText()).startsWith("5 notes changed, +");
        browser.screenshot("20-imports");
        browser.open("concept/" + gil);
        browser.waitFor(d -> browser.js("return document.getElementById('updated').dataset.since") != null);

        recordImport(
                """
                {"id": "ui-test", "startedAt": "%s", "finishedAt": "%s", "trigger": "watch",
                 "notes": {"added": [], "changed": ["a.md", "b.md"], "removed": [], "failed": []},
                 "concepts": {"added": [{"id": "x", "name": "X", "aliases": []}, {"id": "y", "name": "Y", "aliases": []},
                   {"id": "z", "name": "Z", "aliases": []}], "removed": []},
                 "relations": {"added": 4, "removed": 1}}
                """);

        var notice = browser.find("#updated");
        assertThat(notice.getText()).contains("Updated: 2 notes changed, +3 concepts");
        browser.screenshot("21-updated-notice");
        notice.findElement(By.xpath(".//button[text()='Reload view']")).click();
        browser.waitFor(d -> !d.findElement(By.id("updated")).isDisplayed());
        assertThat(browser.find(".concept h1").getText()).isNotBlank();
    }

    /** A history record as the watcher would leave it after two notes changed: only the history is written. */
    private void recordImport(String template) {
        var now = Instant.now().toString();
        try (var session = driver.session()) {
            session.executeWriteWithoutResult(tx -> tx.run(
                            "CREATE (:ImportRun {id: 'ui-test', startedAt: datetime(), record: $record})",
                            Map.of("record", template.formatted(now, now)))
                    .consume());
        }
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
        browser.waitFor(d -> graph.nodes() > 1);
        assertThat(browser.find(".stats").getText())
                .matches("\\d+ notes · \\d+ sections · \\d+ concepts · \\d+ relations");
        var related = new ArrayList<String>();
        http.getForObject("/api/concepts/{id}/related?limit=10", JsonNode.class, gil)
                .forEach(item -> related.add(item.at("/concept/name").asText()));
        assertThat(related).isNotEmpty();
        browser.waitFor(d -> related.equals(d.findElements(By.cssSelector(".related > li .related-head a")).stream()
                .map(WebElement::getText)
                .toList()));
        assertThat(browser.find(".related .reasons li").getText()).isNotBlank();
        browser.screenshot("02-concept-gil");
    }

    /** Enter can beat the suggestions: the typed text is resolved through search, never used as an id. */
    @Test
    void shouldResolveEnterBeforeSuggestionsThroughSearch() {
        browser.open("");
        browser.find(".stats:not(.busy)");
        browser.js("performance.clearResourceTimings();");

        browser.find("#search").sendKeys("gil", Keys.ENTER);

        browser.waitFor(d -> java.net.URLDecoder.decode(d.getCurrentUrl(), java.nio.charset.StandardCharsets.UTF_8)
                .endsWith("#/concept/" + gil));
        browser.find(".concept h1");
        @SuppressWarnings("unchecked")
        var answers = (List<String>) browser.js("return performance.getEntriesByType('resource')"
                + ".filter(e => e.name.includes('/api/')).map(e => e.responseStatus + ' ' + e.name);");
        assertThat(answers).as("the page's API calls").anyMatch(a -> a.startsWith("200 "));
        assertThat(answers).noneMatch(a -> a.matches("[45]\\d\\d .*"));
    }

    @Test
    void shouldSuggestByAbbreviationAndMoveThroughSuggestionsWithTheKeyboard() {
        browser.open("");
        var search = browser.find("#search");
        search.sendKeys("gil");
        browser.waitFor(d ->
                gil.equals(browser.find("#search ~ .suggest li[role=option]").getDomAttribute("data-id")));
        var options = browser.driver.findElements(By.cssSelector("#search ~ .suggest li[role=option]"));

        search.sendKeys(Keys.ARROW_DOWN);
        assertThat(options.get(0).getDomAttribute("aria-selected")).isEqualTo("true");
        assertThat(search.getDomAttribute("aria-activedescendant"))
                .isEqualTo(options.get(0).getDomAttribute("id"));
        search.sendKeys(Keys.ARROW_UP);
        var last = options.get(options.size() - 1);
        assertThat(last.getDomAttribute("aria-selected")).isEqualTo("true");

        search.sendKeys(Keys.ESCAPE);
        browser.waitFor(d -> "false".equals(search.getDomAttribute("aria-expanded")));
        assertThat(browser.driver.getCurrentUrl()).doesNotContain("#/concept/");
    }

    @Test
    void shouldDrawGilsNeighbourhoodWithoutOverlapsAndExpandAndCollapseANode() {
        browser.open("concept/" + gil);
        var drawn = http.getForObject("/api/concepts/" + gil + "/neighbourhood?depth=1&limit=400", JsonNode.class);
        var expected = Math.min(150, drawn.path("nodes").size());
        // The previous page's graph may still be on screen for a moment: wait for this one.
        browser.waitFor(d -> graph.nodes() == expected);
        var initial = graph.nodes();
        assertReadable();

        var other = graph.busiestNodeExcept(gil);
        graph.clickNode(other);
        browser.waitFor(d -> graph.isExpanded(other));
        var expanded = graph.nodes();
        assertThat(expanded).isGreaterThanOrEqualTo(initial);
        assertThat(browser.find("#selection").getText()).contains("Collapse");
        browser.screenshot("03-graph-expanded");

        graph.clickNode(other);
        browser.waitFor(d -> !graph.isExpanded(other));
        assertThat(graph.nodes()).isEqualTo(initial);
    }

    @Test
    void shouldKeepADeepNeighbourhoodReadableAndShowMoreOnRequest() {
        browser.open("concept/" + gil);
        browser.waitFor(d -> graph.nodes() > 1);
        new org.openqa.selenium.support.ui.Select(browser.find("#depth")).selectByValue("3");
        var available = http.getForObject("/api/concepts/" + gil + "/neighbourhood?depth=3&limit=400", JsonNode.class)
                .path("nodes")
                .size();
        assertThat(available)
                .as("the bundled notes reach past the cap at depth 3")
                .isGreaterThan(150);
        browser.waitFor(d -> graph.nodes() == 150);
        assertThat(browser.driver.getCurrentUrl()).endsWith("?depth=3");
        assertReadable();
        var more = browser.find("#show-more");
        assertThat(more.getText())
                .isEqualTo("Show %d more (%d hidden)", Math.min(50, available - 150), available - 150);
        browser.screenshot("04-graph-depth-3");

        more.click();

        browser.waitFor(d -> graph.nodes() == Math.min(200, available));
        assertReadable();
        assertThat(browser.find("#graph-status").getText()).startsWith(graph.nodes() + " concepts");
        browser.screenshot("04-graph-depth-3-more");
    }

    /** Labels at a legible size, none over another; the crowd is thinned, not shrunk or stacked. */
    private void assertReadable() {
        assertThat(graph.overlappingNodes()).isZero();
        assertThat(graph.smallestLabelPx()).isGreaterThanOrEqualTo(11.0);
        assertThat(graph.overlappingLabels()).isZero();
        assertThat(graph.visibleLabels()).isGreaterThanOrEqualTo(graph.nodes() / 5);
    }

    @Test
    void shouldShowTheEvidenceOfAnEdgeOnHover() {
        browser.open("concept/" + gil);
        browser.waitFor(d ->
                graph.nodes() > 1 && browser.find("#graph-status").getText().contains("concepts"));

        assertThat(graph.hoverEdgeWithEvidence())
                .as("an edge with evidence, clear of nodes")
                .isNotNull();

        // Edges cross: the tip must explain the edge under the mouse, whichever that is.
        var tip = browser.find(".graph-tip");
        var hovered = graph.hoveredEdgeEvidence();
        assertThat(hovered).as("one edge under the mouse, with evidence").isNotNull();
        assertThat(tip.getText()).contains(hovered).containsPattern("confidence \\d\\.\\d\\d");
        browser.screenshot("05-edge-evidence");
    }

    @Test
    void shouldDrawOnlyTheEdgeTypesLeftChecked() {
        browser.open("concept/" + gil);
        browser.waitFor(d -> graph.nodes() > 1);
        var expected = http.getForObject(
                        "/api/concepts/" + gil + "/neighbourhood?depth=1&limit=400&types=PREREQUISITE_OF",
                        JsonNode.class)
                .path("nodes")
                .size();

        for (var box : browser.driver.findElements(By.cssSelector("#graph-legend input[type=checkbox]"))) {
            if (!"PREREQUISITE_OF".equals(box.getDomAttribute("value"))) {
                box.click();
            }
        }

        browser.waitFor(d -> browser.driver.getCurrentUrl().endsWith("?types=PREREQUISITE_OF")
                && graph.nodes() == Math.min(150, expected)
                && graph.edgeTypes().equals(List.of("PREREQUISITE_OF")));
        browser.screenshot("05-type-filter");
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
        assertThat(dialog.findElement(By.id("reader-where")).getText()).matches(".+:\\d+(, mentioned at line \\d+)?");
        var body = dialog.findElement(By.id("reader-body")).getText();
        assertThat(List.of("GIL", "全局解释器锁")).anySatisfy(name -> assertThat(body).contains(name));
        var title = dialog.findElement(By.id("reader-title")).getText();
        assertThat(dialog.findElements(
                        By.cssSelector("#reader-body > h1, #reader-body > h2, #reader-body > h3, #reader-body > h4")))
                .as("the section's heading is shown once, as the dialog's title")
                .noneMatch(heading -> heading.getText().equals(title));
    }

    @Test
    void shouldListTheStudyGapsAndLinkEachToItsConceptOrNote() {
        var report = http.getForObject("/api/gaps", JsonNode.class);
        browser.open("gaps");

        browser.find("#gaps-cycles li");
        browser.screenshot("14-gaps");
        var totals = report.path("totals");
        for (var list : List.of("undefined", "isolated", "unlinked", "cycles")) {
            var total = totals.path(Map.of("unlinked", "unlinkedTopics", "cycles", "brokenCycles")
                            .getOrDefault(list, list))
                    .asLong();
            assertThat(browser.find("#gaps-" + list + " h2 .count").getText()).isEqualTo(String.valueOf(total));
            assertThat(browser.driver.findElements(By.cssSelector("#gaps-" + list + " .gap-list > li")))
                    .hasSize((int) Math.min(total, 50));
        }
        var dropped = report.path("brokenCycles").get(0).path("dropped");
        assertThat(browser.find("#gaps-cycles li p").getText()).contains("→");
        browser.find("#gaps-cycles li .note-link").click();
        var dialog = browser.find("dialog#reader[open]");
        browser.waitFor(
                d -> dialog.findElements(By.cssSelector(".markdown .message")).isEmpty());
        assertThat(dialog.findElement(By.id("reader-where")).getText())
                .startsWith(dropped.path("evidence").get(0).path("note").asText());
        dialog.findElement(By.id("reader-close")).click();

        var undefined = report.path("undefined").get(0).path("concept");
        browser.open("gaps");
        browser.find("#gaps-undefined li a").click();
        browser.waitFor(
                d -> browser.find("h1").getText().equals(undefined.path("name").asText()));
        assertThat(browser.find(".concept").getText()).contains("The notes never define it in one sentence.");
    }

    @Test
    void shouldShowWhatAConceptUnlocksAndOpenIt() {
        var detail = http.getForObject("/api/concepts/{id}", JsonNode.class, "线程");
        var unlocks = detail.path("unlocks");
        assertThat(unlocks).as("线程 unlocks something in the notes").isNotEmpty();
        browser.open("concept/线程");

        var panel = browser.find("#unlocks-panel");
        browser.screenshot("15-unlocks");
        assertThat(panel.findElement(By.cssSelector("h2 .count")).getText()).isEqualTo(String.valueOf(unlocks.size()));
        assertThat(panel.findElements(By.cssSelector(".unlocks li"))).hasSize(unlocks.size());
        var first = unlocks.get(0).path("concept");
        panel.findElement(By.cssSelector("#unlocks-1 li a")).click();
        browser.waitFor(
                d -> browser.find("h1").getText().equals(first.path("name").asText()));
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
        // a path at its step cap takes the next prerequisite into the freed place, so it never grows
        assertThat(stepIds())
                .doesNotContain(before.get(0))
                .hasSizeLessThanOrEqualTo(before.size())
                .contains(target);
        assertThat((String) browser.js("return localStorage.getItem('notegraph.known');"))
                .contains(before.get(0));
        browser.screenshot("07-study-path-shrunk");
    }

    @Test
    void shouldSuggestWhatToLearnNextFromWhatIsMarkedKnown() {
        var target = pathTarget();
        browser.open("path/" + target);
        var first = stepIds().get(0);
        var initial = learnNextNames(List.of());
        browser.waitFor(d -> learnNext().equals(initial));

        browser.find(".step .known input").click();

        var expected = learnNextNames(List.of(first));
        browser.waitFor(d -> learnNext().equals(expected));
        assertThat(expected).doesNotContain(nameOf(first));
        browser.open("");
        browser.find(".card");
        assertThat(browser.find(".home h2").getText()).isEqualTo("What you can learn next");
        var cards = browser.driver.findElements(By.cssSelector(".card h3")).stream()
                .map(WebElement::getText)
                .toList();
        assertThat(cards).isEqualTo(learnNextNames(List.of(first), 12));
        browser.screenshot("07-home-learn-next");
    }

    @Test
    void shouldKeepTheStudyPathInsideTheWindowWideAndNarrow() {
        var target = pathTarget();
        for (var width : List.of(1280, 900)) {
            browser.resize(width, 800);
            browser.open("path/" + target);
            stepIds();
            browser.find("#learn-next ul, #learn-next .message");
            var window = ((Number) browser.js("return document.documentElement.clientWidth;")).longValue();
            assertThat((Long) browser.js("return document.documentElement.scrollWidth;"))
                    .as("no horizontal scroll at %d px", width)
                    .isLessThanOrEqualTo(window);
            var aside = browser.find(".path-page > aside").getRect();
            assertThat(aside.getX() + aside.getWidth())
                    .as("side panel inside at %d px", width)
                    .isLessThanOrEqualTo((int) window);
            browser.screenshot("06-study-path-" + width);
        }
    }

    @Test
    void shouldReopenEveryKindOfDeepLinkAfterAReload() {
        var depth2 = http.getForObject("/api/concepts/" + gil + "/neighbourhood?depth=2&limit=400", JsonNode.class)
                .path("nodes")
                .size();
        browser.open("concept/" + gil + "?depth=2");
        browser.driver.navigate().refresh();
        browser.waitFor(d -> graph.nodes() == Math.min(150, depth2));
        assertThat(browser.find("#depth").getDomProperty("value")).isEqualTo("2");

        var target = pathTarget();
        browser.open("path/" + target);
        var steps = stepIds();
        browser.driver.navigate().refresh();
        browser.waitFor(d -> stepIds().equals(steps));

        var query = "MATCH (c:Concept) RETURN c.name AS name ORDER BY name LIMIT 3";
        // Asked first: the console runs few queries at once, and the page is about to run this one.
        var rows = http.postForObject("/api/cypher", Map.of("query", query), JsonNode.class)
                .path("rows");
        assertThat(rows.size()).isEqualTo(3);
        browser.open("cypher?q=" + java.net.URLEncoder.encode(query, java.nio.charset.StandardCharsets.UTF_8));
        browser.driver.navigate().refresh();
        browser.waitFor(
                d -> d.findElements(By.cssSelector("table.results tbody tr")).size() == rows.size());
        assertThat(browser.find("#cypher-query").getDomProperty("value")).isEqualTo(query);
        var expected = new ArrayList<String>();
        rows.forEach(row -> expected.add(row.path(0).asText()));
        assertThat(browser.driver.findElements(By.cssSelector("table.results tbody td")).stream()
                        .map(td -> td.getDomProperty("textContent")))
                .containsExactlyElementsOf(expected);
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
        assertThat(graph.nodes()).isEqualTo(path.path("nodes").size());
        browser.screenshot("08-between");

        browser.driver.navigate().refresh();
        browser.waitFor(d -> graph.nodes() == path.path("nodes").size());
        assertThat(browser.driver.findElements(By.cssSelector("#chain li.node")).stream()
                        .map(li -> li.getDomAttribute("data-id")))
                .as("a reloaded deep link shows the same path")
                .isEqualTo(listed);
    }

    @Test
    void shouldShowACypherQueryAsATableAndAGraph() {
        browser.open("cypher");
        browser.find(".examples .chip").click(); // the neighbourhood example returns nodes

        var table = browser.find("table.results");
        assertThat(table.findElements(By.cssSelector("tbody tr"))).isNotEmpty();
        assertThat(table.findElements(By.cssSelector("th")).stream().map(WebElement::getText))
                .containsExactly("c", "r", "n");
        browser.waitFor(d -> graph.nodes() > 1);
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
        browser.waitFor(d -> graph.nodes() > 1);
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

    private List<String> learnNext() {
        return browser.driver.findElements(By.cssSelector("#learn-next li a")).stream()
                .map(WebElement::getText)
                .toList();
    }

    private List<String> learnNextNames(List<String> known) {
        return learnNextNames(known, 8);
    }

    private List<String> learnNextNames(List<String> known, int limit) {
        var names = new ArrayList<String>();
        http.getForObject("/api/learn-next?known={k}&limit={l}", JsonNode.class, String.join(",", known), limit)
                .forEach(item -> names.add(item.at("/concept/name").asText()));
        return names;
    }

    private String nameOf(String id) {
        return http.getForObject("/api/concepts/{id}", JsonNode.class, id)
                .path("name")
                .asText();
    }
}
