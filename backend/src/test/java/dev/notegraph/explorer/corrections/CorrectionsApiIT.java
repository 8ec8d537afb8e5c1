package dev.notegraph.explorer.corrections;

import static dev.notegraph.explorer.ApiTestSupport.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import dev.notegraph.explorer.ExplorerApplication;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.restclient.RestTemplateBuilder;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.util.DefaultUriBuilderFactory;
import tools.jackson.databind.JsonNode;

/**
 * The corrections API against the real application, its embedded Neo4j and a real notes folder, across
 * restarts on the same folder and store: bad requests, each write followed by an import that shows it, a
 * correction that survives a restart, and a corrections file broken by hand.
 */
class CorrectionsApiIT {

    private static final Duration PATIENCE = Duration.ofMinutes(4);
    private static final String[] NOTES = {"000_964a3e6d5d37624c.txt", "003_c9a73229945440ca.txt"};

    @TempDir
    Path notes;

    @TempDir
    Path data;

    private ConfigurableApplicationContext app;
    private TestRestTemplate http;

    @AfterEach
    void stop() {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void shouldStoreApplyAndTakeBackCorrectionsAndKeepThemThroughARestart() throws Exception {
        start();
        assertThat(get("/api/corrections").getBody()).isEmpty();
        var api = get("/v3/api-docs").getBody().path("paths");
        assertThat(api.has("/api/corrections") && api.has("/api/corrections/{id}"))
                .isTrue();
        var edge = strongPrerequisite();
        var concepts = conceptIds();
        var dropped =
                concepts.stream().filter(c -> !edge.contains(c)).findFirst().orElseThrow();

        assertRejected();

        var made = post(Map.of("kind", "not-a-concept", "concept", dropped));
        assertThat(made.getStatusCode().value()).isEqualTo(201);
        var id = made.getBody().path("id").asText();
        assertThat(made.getHeaders().getLocation()).hasToString("/api/corrections/" + id);
        assertThat(made.getBody().path("kind").asText()).isEqualTo("not-a-concept");
        await(() -> get("/api/concepts/" + dropped).getStatusCode().value() == 404);
        assertThat(get("/api/corrections").getBody())
                .singleElement()
                .satisfies(c -> assertThat(c.path("id").asText()).isEqualTo(id));
        assertThat(Files.readString(notes.resolve(".notegraph/corrections.yaml"), StandardCharsets.UTF_8))
                .contains("kind: not-a-concept", "id: " + id);
        await(() -> latestImport().path("corrections").path("applied").asInt() == 1);

        assertThat(delete("/api/corrections/" + id).getStatusCode().value()).isEqualTo(204);
        await(() -> get("/api/concepts/" + dropped).getStatusCode().value() == 200);
        assertThat(get("/api/corrections").getBody()).isEmpty();

        assertThat(steps(edge.get(1))).contains(edge.get(0));
        assertThat(post(Map.of("kind", "not-prerequisite", "from", edge.get(0), "to", edge.get(1)))
                        .getStatusCode()
                        .value())
                .isEqualTo(201);
        await(() -> !steps(edge.get(1)).contains(edge.get(0)));
        post(Map.of("kind", "not-a-concept", "concept", dropped));
        await(() -> get("/api/concepts/" + dropped).getStatusCode().value() == 404);
        await(() -> latestImport().path("corrections").path("applied").asInt() == 2);

        restart();

        assertThat(get("/api/corrections").getBody()).hasSize(2);
        assertThat(get("/api/concepts/" + dropped).getStatusCode().value()).isEqualTo(404);
        assertThat(steps(edge.get(1))).doesNotContain(edge.get(0));
        assertThat(latestImport().path("trigger").asText()).isEqualTo("start-up");
        assertThat(latestImport().path("corrections").path("applied").asInt()).isEqualTo(2);
    }

    @Test
    void shouldReportABrokenCorrectionsFileImportWithoutItAndNeverWriteOverIt() throws Exception {
        start();
        var dropped = conceptIds().get(0);
        post(Map.of("kind", "not-a-concept", "concept", dropped));
        await(() -> get("/api/concepts/" + dropped).getStatusCode().value() == 404);
        await(() -> latestImport().path("corrections").path("applied").asInt() == 1);
        app.close();
        var file = notes.resolve(".notegraph/corrections.yaml");
        var broken = Files.readString(file, StandardCharsets.UTF_8) + "  - kind: [unclosed\n";
        Files.writeString(file, broken, StandardCharsets.UTF_8);

        start();

        assertThat(get("/api/concepts/" + dropped).getStatusCode().value()).isEqualTo(200);
        var record = latestImport();
        assertThat(record.path("corrections").path("error").asText()).contains("not valid YAML");
        assertThat(record.path("error").isMissingNode() || record.path("error").isNull())
                .isTrue();
        var health = get("/actuator/health").getBody().path("components").path("corrections");
        assertThat(health.path("status").asText()).isEqualTo("UP");
        assertThat(health.path("details").path("error").asText()).contains("not valid YAML");
        assertProblem(get("/api/corrections"), 409, "corrections-unreadable");
        assertProblem(post(Map.of("kind", "not-a-concept", "concept", dropped)), 409, "corrections-unreadable");
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(broken);
    }

    /** Unknown kinds and ids, missing fields, the same concept twice: 400; an unknown correction: 404. */
    private void assertRejected() {
        var some = conceptIds().get(0);
        assertProblem(post(Map.of("kind", "wrong-concept", "concept", some)), 400, "bad-request");
        assertProblem(post(Map.of("concept", some)), 400, "bad-request");
        assertProblem(post(Map.of("kind", "not-a-concept", "concept", "no-such-concept-zz")), 400, "bad-request");
        assertProblem(post(Map.of("kind", "same-concept", "concepts", List.of(some))), 400, "bad-request");
        assertProblem(post(Map.of("kind", "same-concept", "concepts", List.of(some, "nope-zz"))), 400, "bad-request");
        assertProblem(post(Map.of("kind", "prerequisite", "from", some)), 400, "bad-request");
        assertProblem(post(Map.of("kind", "prerequisite", "from", some, "to", some)), 400, "bad-request");
        assertProblem(delete("/api/corrections/no-such-id"), 404, "not-found");
        assertThat(get("/api/corrections").getBody()).isEmpty();
    }

    private void start() throws Exception {
        for (var name : NOTES) {
            var target = notes.resolve(name);
            if (!Files.exists(target)) {
                try (var in = getClass().getResourceAsStream("/bundled-notes/" + name)) {
                    Files.write(target, in.readAllBytes());
                }
            }
        }
        // arguments, not default properties: application.yml's server.port would win over those
        app = new SpringApplicationBuilder(ExplorerApplication.class)
                .run(
                        "--server.port=0",
                        "--server.address=127.0.0.1",
                        "--explorer.notes=" + notes,
                        "--explorer.data-dir=" + data,
                        "--explorer.watch=false",
                        "--explorer.page-cache=64MB");
        var port = app.getEnvironment().getProperty("local.server.port");
        http = new TestRestTemplate(
                new RestTemplateBuilder().uriTemplateHandler(new DefaultUriBuilderFactory("http://127.0.0.1:" + port)));
        await(() -> !get("/api/stats").getBody().path("importing").asBoolean(true));
    }

    private void restart() throws Exception {
        app.close();
        start();
    }

    /** The strongest prerequisite edge a study path follows: [from, to]. */
    private List<String> strongPrerequisite() {
        var query = "MATCH (a:Concept)-[r:PREREQUISITE_OF]->(b:Concept) WHERE r.confidence >= 0.35"
                + " RETURN a.id, b.id ORDER BY r.confidence DESC, a.id, b.id LIMIT 1";
        var row = cypher(query).path("rows").get(0);
        return List.of(row.get(0).asText(), row.get(1).asText());
    }

    private List<String> conceptIds() {
        var rows = cypher("MATCH (c:Concept) RETURN c.id ORDER BY c.mentionCount DESC, c.id LIMIT 20")
                .path("rows");
        var ids = new ArrayList<String>();
        rows.forEach(r -> ids.add(r.get(0).asText()));
        return ids;
    }

    private List<String> steps(String target) {
        var ids = new ArrayList<String>();
        http.getForObject("/api/study-path?target={t}", JsonNode.class, target)
                .path("steps")
                .forEach(s -> ids.add(s.path("concept").path("id").asText()));
        return ids;
    }

    private JsonNode latestImport() {
        return get("/api/imports?limit=1").getBody().get(0);
    }

    private JsonNode cypher(String query) {
        return http.postForObject("/api/cypher", json(Map.of("query", query)), JsonNode.class);
    }

    private ResponseEntity<JsonNode> get(String url) {
        return http.getForEntity(url, JsonNode.class);
    }

    private ResponseEntity<JsonNode> post(Map<String, Object> body) {
        return http.postForEntity("/api/corrections", json(body), JsonNode.class);
    }

    private ResponseEntity<JsonNode> delete(String url) {
        return http.exchange(url, HttpMethod.DELETE, null, JsonNode.class);
    }

    private static HttpEntity<Map<String, Object>> json(Map<String, Object> body) {
        var headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return new HttpEntity<>(body, headers);
    }

    private static void await(java.util.function.BooleanSupplier condition) throws InterruptedException {
        var deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("in time").isLessThan(deadline);
            Thread.sleep(250);
        }
    }
}
