package dev.notegraph.explorer.cypher;

import static org.assertj.core.api.Assertions.assertThat;

import dev.notegraph.explorer.ApiTestSupport;
import dev.notegraph.explorer.FixtureContext;
import dev.notegraph.explorer.FixtureGraph;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Hostile queries through {@code POST /api/cypher} against the fixture graph: each is refused with a 4xx
 * problem, and a checksum of the data, schema and system graph is the same after all of them.
 */
@FixtureContext
class HostileCypherIT {

    /** Trillions of rows on the fixture graph: the server stops it at the limit on any machine. */
    private static final String RUNAWAY =
            "MATCH (a), (b), (c), (d), (e), (f), (g), (h) RETURN sum(size(keys(a)) + size(keys(h)))";

    @Autowired
    TestRestTemplate http;

    @Autowired
    Driver driver;

    @LocalServerPort
    int port;

    private final ObjectMapper json = new ObjectMapper();

    @BeforeAll
    static void seed(@Autowired Driver driver, @Autowired TestRestTemplate http) throws InterruptedException {
        ApiTestSupport.awaitStartup(http);
        FixtureGraph.load(driver, "/fixtures/concepts-graph.cypher");
    }

    @Test
    void shouldRefuseEveryAttackAndLeaveTheGraphUnchanged() throws Exception {
        var before = GraphChecksum.of(driver);
        var accepted = new java.util.ArrayList<String>();
        for (var query : HostileQueries.WRITES) {
            var response = post(Map.of("query", query));
            if (response.getStatusCode().is2xxSuccessful()) {
                accepted.add(query + " -> " + response.getBody());
                continue;
            }
            ApiTestSupport.assertProblem(response, 400, "cypher-rejected");
        }
        assertThat(accepted).as("attacks answered 2xx").isEmpty();
        assertThat(GraphChecksum.of(driver)).isEqualTo(before);
    }

    @Test
    void shouldTreatParametersAsValuesNeverAsCypher() throws Exception {
        var before = GraphChecksum.of(driver);
        for (var hostile : List.of("') DETACH DELETE n //", "gil' OR 1=1 //", "\" }) MATCH (m) DETACH DELETE m //")) {
            var response =
                    post(Map.of("query", "MATCH (n) WHERE n.id = $x RETURN n", "parameters", Map.of("x", hostile)));
            assertThat(response.getStatusCode().value()).isEqualTo(200);
            assertThat(response.getBody().path("rows")).isEmpty();
        }
        var nested = post(Map.of(
                "query",
                "MATCH (n:Concept) WHERE n.id IN $ids RETURN n.id",
                "parameters",
                Map.of("ids", List.of("gil", "x' DELETE n"))));
        assertThat(nested.getBody().path("rows")).hasSize(1);
        assertThat(GraphChecksum.of(driver)).isEqualTo(before);
    }

    @Test
    void shouldStopRunawayQueriesWithATimeoutProblem() throws Exception {
        for (var query : List.of("UNWIND range(1, 1000000000000) AS x WITH x WHERE x < 0 RETURN count(*)", RUNAWAY)) {
            var response = post(Map.of("query", query));
            assertThat(response.getStatusCode().value())
                    .as(response.getBody().toString())
                    .isEqualTo(504);
            ApiTestSupport.assertProblem(response, 504, "cypher-timeout");
        }
        // The console still answers after the timeouts.
        assertThat(post(Map.of("query", "RETURN 1 AS one"))
                        .getBody()
                        .path("rows")
                        .get(0)
                        .get(0)
                        .asInt())
                .isEqualTo(1);
    }

    /**
     * While one console query runs (here one the server stops at the limit, whatever the machine's speed), the
     * next is refused. That a result arriving after the limit is a timeout too is pinned on a fake clock in
     * {@link CypherConsoleTests}: whether a given expression outlasts the limit depends on the machine.
     */
    @Test
    void shouldBoundConsoleQueriesByConcurrency() throws Exception {
        var slow = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/cypher"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"query\": \"" + RUNAWAY + "\"}"))
                .build();
        var pending = HttpClient.newHttpClient().sendAsync(slow, HttpResponse.BodyHandlers.ofString());
        awaitRunning(RUNAWAY, pending);
        var busy = post(Map.of("query", "RETURN 1 AS one"));
        ApiTestSupport.assertProblem(busy, 429, "cypher-busy");
        var late = pending.get(2, java.util.concurrent.TimeUnit.MINUTES);
        assertThat(late.statusCode()).as(late.body()).isEqualTo(504);
        assertThat(json.readTree(late.body()).path("type").asText()).endsWith("/cypher-timeout");
        assertThat(post(Map.of("query", "RETURN 1 AS one")).getStatusCode().value())
                .isEqualTo(200);
    }

    /** Asks the server, not the console (whose one permit a probe would take), whether {@code query} runs. */
    private void awaitRunning(String query, java.util.concurrent.Future<?> pending) throws InterruptedException {
        try (var session = driver.session()) {
            while (session.run(
                                    "SHOW TRANSACTIONS YIELD currentQuery WHERE currentQuery = $q RETURN count(*) AS n",
                                    Map.of("q", query))
                            .single()
                            .get("n")
                            .asLong()
                    == 0) {
                assertThat(pending)
                        .as("the query ended before it was seen running")
                        .isNotDone();
                Thread.sleep(5);
            }
        }
    }

    @Test
    void shouldTruncateHugeResultsAtTheRowCap() throws Exception {
        var response = post(Map.of("query", "UNWIND range(1, 10000000) AS x RETURN x"));
        assertThat(response.getStatusCode().value()).isEqualTo(200);
        assertThat(response.getBody().path("rows")).hasSize(50);
        assertThat(response.getBody().path("truncated").asBoolean()).isTrue();
    }

    @Test
    void shouldRefuseOversizedBodiesWithOrWithoutContentLength() throws Exception {
        // The query is short: only a limit on the bytes read, not on the parsed query, catches this.
        var big = json.writeValueAsBytes(
                Map.of("query", "RETURN $p AS p", "parameters", Map.of("p", "x".repeat(5_000_000))));
        assertThat(send(HttpRequest.BodyPublishers.ofByteArray(big)).statusCode())
                .isEqualTo(413);
        var chunked = send(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big)));
        assertThat(chunked.statusCode()).isEqualTo(413);
        assertThat(json.readTree(chunked.body()).path("type").asText()).endsWith("/payload-too-large");
        var small = json.writeValueAsBytes(Map.of("query", "RETURN 2 AS two"));
        var smallChunked = send(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(small)));
        assertThat(smallChunked.statusCode()).isEqualTo(200);
        assertThat(json.readTree(smallChunked.body()).path("rows").get(0).get(0).asInt())
                .isEqualTo(2);
    }

    @Test
    void shouldRefuseCrossOriginRequestsByDefault() throws Exception {
        // java.net.http: HttpURLConnection silently drops Origin and Access-Control-Request-* headers.
        var preflight = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/cypher"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", "http://evil.example")
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type")
                .build();
        var answer = HttpClient.newHttpClient().send(preflight, HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).isEqualTo(403);
        assertThat(answer.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        var simple = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/cypher"))
                .header("Origin", "http://evil.example")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"query\":\"RETURN 1\"}"))
                .build();
        assertThat(HttpClient.newHttpClient()
                        .send(simple, HttpResponse.BodyHandlers.ofString())
                        .statusCode())
                .isEqualTo(403);
        var sameOrigin = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/cypher"))
                .header("Origin", "http://127.0.0.1:" + port)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"query\":\"RETURN 1\"}"))
                .build();
        assertThat(HttpClient.newHttpClient()
                        .send(sameOrigin, HttpResponse.BodyHandlers.ofString())
                        .statusCode())
                .isEqualTo(200);
    }

    private ResponseEntity<JsonNode> post(Map<String, Object> body) throws Exception {
        var headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.postForEntity(
                "/api/cypher", new HttpEntity<>(json.writeValueAsString(body), headers), JsonNode.class);
    }

    private HttpResponse<String> send(HttpRequest.BodyPublisher body) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/cypher"))
                .header("Content-Type", "application/json")
                .POST(body)
                .build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }
}
