package dev.notegraph.explorer.mcp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.notegraph.explorer.ApiTestSupport;
import dev.notegraph.explorer.FixtureContext;
import dev.notegraph.explorer.FixtureGraph;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The JSON-RPC exchange as an assistant sends it, byte for byte over plain HTTP: the answers an SDK would hide
 * (session header, SSE framing, status codes) are checked, and the exchange is kept as
 * {@code target/mcp-transcript.md} for the README.
 */
@FixtureContext
class McpWireIT {

    private static final String ACCEPT = "application/json, text/event-stream";

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();
    private final StringBuilder transcript = new StringBuilder();

    @BeforeAll
    static void seed(@Autowired Driver driver, @Autowired TestRestTemplate http) throws InterruptedException {
        ApiTestSupport.awaitStartup(http);
        FixtureGraph.load(driver, "/fixtures/concepts-graph.cypher");
    }

    @Test
    void shouldSpeakStreamableHttpJsonRpc() throws Exception {
        var init = post(
                null,
                """
                {"jsonrpc":"2.0","id":1,"method":"initialize","params":{"protocolVersion":"2025-06-18",\
                "capabilities":{},"clientInfo":{"name":"wire-test","version":"1"}}}""");
        assertThat(init.statusCode()).isEqualTo(200);
        var session = init.headers().firstValue("Mcp-Session-Id").orElseThrow();
        assertThat(message(init).path("result").path("serverInfo").path("name").asText())
                .isEqualTo("notegraph");
        assertThat(post(session, """
                {"jsonrpc":"2.0","method":"notifications/initialized"}""")
                        .statusCode())
                .isEqualTo(202);
        var tools = message(post(session, """
                {"jsonrpc":"2.0","id":2,"method":"tools/list"}"""));
        assertThat(tools.path("result").path("tools")).hasSize(6);
        var search = message(
                post(
                        session,
                        """
                {"jsonrpc":"2.0","id":3,"method":"tools/call","params":{"name":"search_concepts",\
                "arguments":{"query":"全局解释器锁","limit":1}}}"""));
        var hits = json.readTree(
                search.path("result").path("content").get(0).path("text").asText());
        assertThat(hits.get(0).path("id").asText()).isEqualTo("gil");
        var path = message(
                post(
                        session,
                        """
                {"jsonrpc":"2.0","id":4,"method":"tools/call","params":{"name":"study_path",\
                "arguments":{"target":"gil","known":["进程"]}}}"""));
        assertThat(path.path("result").path("isError").asBoolean()).isFalse();
        var write = message(
                post(
                        session,
                        """
                {"jsonrpc":"2.0","id":5,"method":"tools/call","params":{"name":"run_cypher",\
                "arguments":{"query":"MATCH (c:Concept {id: 'gil'}) SET c.name = 'changed'"}}}"""));
        assertThat(write.path("result").path("isError").asBoolean()).isTrue();
        Files.writeString(Path.of("target", "mcp-transcript.md"), transcript);
    }

    @Test
    void shouldRefuseAForeignOriginAndAMissingSession() throws Exception {
        var request = request(null, """
                        {"jsonrpc":"2.0","id":1,"method":"tools/list"}""")
                .header("Origin", "http://evil.example")
                .build();
        assertThat(http.send(request, HttpResponse.BodyHandlers.ofString()).statusCode())
                .isEqualTo(403);
        var noSession = post(null, """
                {"jsonrpc":"2.0","id":1,"method":"tools/list"}""");
        assertThat(noSession.statusCode()).isEqualTo(400);
        var unknownSession =
                post("no-such-session", """
                {"jsonrpc":"2.0","id":1,"method":"tools/list"}""");
        assertThat(unknownSession.statusCode()).isEqualTo(404);
    }

    private HttpResponse<String> post(String session, String body) throws Exception {
        var response = http.send(request(session, body).build(), HttpResponse.BodyHandlers.ofString());
        transcript
                .append("→ POST /mcp")
                .append(session == null ? "" : " (Mcp-Session-Id)")
                .append('\n');
        transcript.append(body).append("\n← ").append(response.statusCode()).append(' ');
        transcript
                .append(response.headers().firstValue("Content-Type").orElse(""))
                .append('\n');
        transcript.append(abridged(response.body())).append("\n\n");
        return response;
    }

    private HttpRequest.Builder request(String session, String body) {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/mcp"))
                .header("Content-Type", "application/json")
                .header("Accept", ACCEPT)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        return session == null ? request : request.header("Mcp-Session-Id", session);
    }

    /** The one JSON-RPC message of an answer: plain JSON, or the data of a server-sent event. */
    private JsonNode message(HttpResponse<String> response) throws Exception {
        assertThat(response.statusCode()).isEqualTo(200);
        var body = response.body().strip();
        if (response.headers().firstValue("Content-Type").orElse("").startsWith("text/event-stream")) {
            body = body.lines()
                    .filter(line -> line.startsWith("data:"))
                    .map(line -> line.substring("data:".length()).strip())
                    .findFirst()
                    .orElseThrow();
        }
        return json.readTree(body);
    }

    private static String abridged(String body) {
        var text = body.strip();
        return text.length() <= 600 ? text : text.substring(0, 600) + " …";
    }
}
