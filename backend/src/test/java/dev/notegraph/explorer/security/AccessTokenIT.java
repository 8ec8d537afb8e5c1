package dev.notegraph.explorer.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.transport.HttpClientStreamableHttpTransport;
import io.modelcontextprotocol.spec.McpSchema.CallToolRequest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.ObjectMapper;

/**
 * Really bound to 127.0.0.2 with a token and one allowed origin: the console and the MCP server need the bearer
 * token, read endpoints do not, and only the configured origin passes CORS. (java.net.http because HttpURLConnection
 * silently drops the Origin and Access-Control-Request-* headers.)
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "server.address=127.0.0.2",
            "explorer.import-on-start=false",
            "explorer.page-cache=64MB",
            "explorer.access-token=correct-horse-battery",
            "explorer.cors.allowed-origins=http://notes.example"
        })
class AccessTokenIT {

    private static final String QUERY = "{\"query\": \"RETURN 1 AS one\"}";
    private static final String TOKEN = "correct-horse-battery";

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) throws Exception {
        var dir = Files.createTempDirectory("explorer-token");
        registry.add("explorer.data-dir", dir::toString);
    }

    @Test
    void shouldAskForTheTokenOnTheConsoleOnly() throws Exception {
        for (var header : new String[] {null, "Bearer wrong", "Bearer correct-horse-batter", TOKEN}) {
            var refused = cypher("/api/cypher", header, null);
            assertThat(refused.statusCode()).as(String.valueOf(header)).isEqualTo(401);
            assertThat(json.readTree(refused.body()).path("type").asText()).endsWith("/unauthorized");
            assertThat(refused.headers().firstValue("WWW-Authenticate"))
                    .hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
        }
        var allowed = cypher("/api/cypher", "Bearer " + TOKEN, null);
        assertThat(allowed.statusCode()).isEqualTo(200);
        assertThat(json.readTree(allowed.body()).path("rows").get(0).get(0).asInt())
                .isEqualTo(1);
        // Spellings of the path that still reach the console meet the same check.
        for (var path : new String[] {"/api/%63ypher", "/api//cypher", "/api/cypher;x=1", "/api/./cypher"}) {
            assertThat(cypher(path, null, null).statusCode()).as(path).isIn(400, 401, 404);
        }
        var stats = http.send(request("/api/stats").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(stats.statusCode()).isEqualTo(200);
    }

    @Test
    void shouldAskForTheTokenToStartAnImport() throws Exception {
        var refused = cypher("/api/imports", null, null);
        assertThat(refused.statusCode()).isEqualTo(401);
        var started = cypher("/api/imports", "Bearer " + TOKEN, null);
        assertThat(started.statusCode()).isEqualTo(202);
        var id = json.readTree(started.body()).path("id").asText();
        // Reading the history needs no token; the import is listed once it is over.
        var deadline = System.nanoTime() + java.time.Duration.ofMinutes(2).toNanos();
        while (!http.send(request("/api/imports").GET().build(), HttpResponse.BodyHandlers.ofString())
                .body()
                .contains(id)) {
            assertThat(System.nanoTime()).as("import listed").isLessThan(deadline);
            Thread.sleep(200);
        }
    }

    @Test
    void shouldAskForTheTokenOnTheMcpServer() throws Exception {
        var initialize = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{"
                + "\"protocolVersion\":\"2025-06-18\",\"capabilities\":{},\"clientInfo\":{\"name\":\"t\",\"version\":\"1\"}}}";
        for (var header : new String[] {null, "Bearer wrong"}) {
            var request = request("/mcp")
                    .header("Content-Type", "application/json")
                    .header("Accept", "application/json, text/event-stream")
                    .POST(HttpRequest.BodyPublishers.ofString(initialize));
            if (header != null) {
                request.header("Authorization", header);
            }
            var refused = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            assertThat(refused.statusCode()).as(String.valueOf(header)).isEqualTo(401);
            assertThat(json.readTree(refused.body()).path("type").asText()).endsWith("/unauthorized");
            assertThat(refused.headers().firstValue("WWW-Authenticate"))
                    .hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
        }
        var transport = HttpClientStreamableHttpTransport.builder("http://127.0.0.2:" + port)
                .endpoint("/mcp")
                .httpRequestCustomizer(
                        (builder, method, uri, body, context) -> builder.header("Authorization", "Bearer " + TOKEN))
                .build();
        var client = McpClient.sync(transport).build();
        try {
            client.initialize();
            var result = client.callTool(new CallToolRequest("run_cypher", Map.of("query", "RETURN 1 AS one")));
            assertThat(result.isError()).isFalse();
        } finally {
            client.closeGracefully();
        }
    }

    @Test
    void shouldPassCorsOnlyForTheConfiguredOrigin() throws Exception {
        var friendly = preflight("http://notes.example");
        assertThat(friendly.statusCode()).isEqualTo(200);
        assertThat(friendly.headers().firstValue("Access-Control-Allow-Origin")).hasValue("http://notes.example");
        var foreign = preflight("http://evil.example");
        assertThat(foreign.statusCode()).isEqualTo(403);
        assertThat(foreign.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        assertThat(cypher("/api/cypher", "Bearer " + TOKEN, "http://evil.example")
                        .statusCode())
                .isEqualTo(403);
        var allowed = cypher("/api/cypher", "Bearer " + TOKEN, "http://notes.example");
        assertThat(allowed.statusCode()).isEqualTo(200);
        assertThat(allowed.headers().firstValue("Access-Control-Allow-Origin")).hasValue("http://notes.example");
    }

    private HttpResponse<String> preflight(String origin) throws Exception {
        var request = request("/api/cypher")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", origin)
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type,authorization")
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> cypher(String path, String authorization, String origin) throws Exception {
        var request = request(path)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(QUERY));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        if (origin != null) {
            request.header("Origin", origin);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.2:" + port + path));
    }
}
