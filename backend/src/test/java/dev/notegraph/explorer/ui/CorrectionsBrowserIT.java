package dev.notegraph.explorer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
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
 * The learner corrects the graph in a real headless Chromium: a concept marked as not a concept leaves the graph
 * and comes back on undo; a study-path step marked as no prerequisite leaves the path. Its own notes folder (two
 * of the bundled notes), since it writes corrections, which the shared bundled-notes context must not see.
 */
@AutoConfigureTestRestTemplate
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS) // its embedded Neo4j goes with it
class CorrectionsBrowserIT {

    private static final String[] NOTES = {"000_964a3e6d5d37624c.txt", "003_c9a73229945440ca.txt"};

    @LocalServerPort
    int port;

    @Autowired
    TestRestTemplate http;

    Browser browser;

    @DynamicPropertySource
    static void notesFolder(DynamicPropertyRegistry registry) throws Exception {
        var notes = Files.createTempDirectory("corrections-notes");
        for (var name : NOTES) {
            try (var in = CorrectionsBrowserIT.class.getResourceAsStream("/bundled-notes/" + name)) {
                Files.write(notes.resolve(name), in.readAllBytes());
            }
        }
        var data = Files.createTempDirectory("corrections-data");
        registry.add("explorer.notes", notes::toString);
        registry.add("explorer.data-dir", data::toString);
        registry.add("explorer.watch", () -> "false");
        registry.add("explorer.page-cache", () -> "64MB");
    }

    @BeforeAll
    void startBrowserOnceImported() throws Exception {
        var deadline = Instant.now().plus(Duration.ofMinutes(5));
        while (http.getForObject("/api/stats", JsonNode.class).path("importing").asBoolean(true)) {
            assertThat(Instant.now()).as("start-up import finished").isBefore(deadline);
            Thread.sleep(500);
        }
        browser = new Browser("http://127.0.0.1:" + port);
    }

    @AfterAll
    void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void shouldRemoveAConceptMarkedNotAConceptAndBringItBackOnUndo() {
        var row = cypher("MATCH (c:Concept) RETURN c.id, c.name ORDER BY c.mentionCount DESC, c.id LIMIT 1");
        var id = row.get(0).asText();
        var name = row.get(1).asText();
        browser.open("concept/" + id);
        assertThat(browser.find(".concept h1").getText()).isEqualTo(name);
        browser.screenshot("30-concept-corrections");

        browser.find("#not-a-concept").click();

        var removed = browser.waitFor(d -> d.findElements(By.cssSelector("#removed")).stream()
                .filter(e -> e.getText().contains("removed from the graph"))
                .findFirst()
                .orElse(null));
        assertThat(removed.getText()).contains(name);
        assertThat(http.getForEntity("/api/concepts/{id}", JsonNode.class, id)
                        .getStatusCode()
                        .value())
                .isEqualTo(404);
        assertThat(browser.find("#correction").getText()).contains("marked as not a concept");
        browser.screenshot("31-not-a-concept");

        browser.find("#undo-correction").click();

        browser.waitFor(d -> d.findElements(By.cssSelector(".concept h1")).stream()
                .anyMatch(h -> h.getText().equals(name)));
        assertThat(http.getForEntity("/api/concepts/{id}", JsonNode.class, id)
                        .getStatusCode()
                        .value())
                .isEqualTo(200);
        assertThat(http.getForObject("/api/corrections", JsonNode.class)).isEmpty();
        browser.screenshot("32-not-a-concept-undone");
    }

    @Test
    void shouldDropAStepMarkedNotAPrerequisiteFromTheStudyPath() {
        var row = cypher("MATCH (a:Concept)-[r:PREREQUISITE_OF]->(b:Concept) WHERE r.confidence >= 0.35"
                + " RETURN a.id, b.id ORDER BY r.confidence DESC, a.id, b.id LIMIT 1");
        var step = row.get(0).asText();
        var target = row.get(1).asText();
        browser.open("path/" + target);
        var item = browser.find("#steps li.step[data-id='" + step + "']");

        item.findElement(By.cssSelector("button.not-prerequisite")).click();

        browser.waitFor(d -> d.findElements(By.cssSelector("#steps li.step[data-id='" + step + "']"))
                .isEmpty());
        assertThat(browser.find("#correction").getText()).contains("no prerequisite of");
        browser.screenshot("33-not-a-prerequisite");
        browser.find("#undo-correction").click();
        browser.find("#steps li.step[data-id='" + step + "']");
    }

    private JsonNode cypher(String query) {
        return http.postForObject("/api/cypher", Map.of("query", query), JsonNode.class)
                .path("rows")
                .get(0);
    }
}
