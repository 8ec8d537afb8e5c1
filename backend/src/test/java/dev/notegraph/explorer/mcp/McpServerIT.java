package dev.notegraph.explorer.mcp;

import static dev.notegraph.explorer.ApiTestSupport.get;
import static org.assertj.core.api.Assertions.assertThat;

import dev.notegraph.explorer.ApiTestSupport;
import dev.notegraph.explorer.FixtureContext;
import dev.notegraph.explorer.FixtureGraph;
import dev.notegraph.explorer.cypher.GraphChecksum;
import dev.notegraph.explorer.cypher.HostileQueries;
import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.HttpClientStreamableHttpTransport;
import io.modelcontextprotocol.spec.McpSchema.CallToolRequest;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import io.modelcontextprotocol.spec.McpSchema.TextContent;
import io.modelcontextprotocol.spec.McpSchema.Tool;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The MCP server through the SDK's own client over real HTTP: the handshake, the six tools and their schemas,
 * each tool's JSON against its endpoint's, tool errors for bad input, and the console's attacks refused.
 */
@FixtureContext
class McpServerIT {

    @Autowired
    TestRestTemplate http;

    @Autowired
    Driver driver;

    @LocalServerPort
    int port;

    private final ObjectMapper json = new ObjectMapper();
    private McpSyncClient client;

    @BeforeAll
    static void seed(@Autowired Driver driver, @Autowired TestRestTemplate http) throws InterruptedException {
        ApiTestSupport.awaitStartup(http);
        FixtureGraph.load(driver, "/fixtures/concepts-graph.cypher");
    }

    @BeforeEach
    void connect() {
        var transport = HttpClientStreamableHttpTransport.builder("http://127.0.0.1:" + port)
                .endpoint("/mcp")
                .build();
        client =
                McpClient.sync(transport).requestTimeout(Duration.ofSeconds(30)).build();
    }

    @AfterEach
    void disconnect() {
        client.closeGracefully();
    }

    @Test
    void shouldInitializeAndListTheSixToolsWithInputSchemas() {
        var init = client.initialize();
        assertThat(init.serverInfo().name()).isEqualTo("notegraph");
        assertThat(init.capabilities().tools()).isNotNull();
        var tools = client.listTools().tools().stream().collect(Collectors.toMap(Tool::name, t -> t));
        assertThat(tools)
                .containsOnlyKeys(
                        "search_concepts", "get_concept", "study_path", "related_topics", "path_between", "run_cypher");
        assertSchema(tools.get("search_concepts"), List.of("query"), "query", "limit");
        assertSchema(tools.get("get_concept"), List.of("id"), "id");
        assertSchema(tools.get("study_path"), List.of("target"), "target", "known");
        assertSchema(tools.get("related_topics"), List.of("id"), "id", "limit");
        assertSchema(tools.get("path_between"), List.of("from", "to"), "from", "to");
        assertSchema(tools.get("run_cypher"), List.of("query"), "query", "parameters");
        assertThat(tools.values())
                .allSatisfy(t -> assertThat(t.annotations().readOnlyHint()).isTrue());
    }

    @Test
    void shouldAnswerEachToolWithItsEndpointsJson() throws Exception {
        client.initialize();
        assertSameJson(call("search_concepts", Map.of("query", "GIL", "limit", 5)), "/api/concepts?q=GIL&limit=5");
        assertSameJson(call("search_concepts", Map.of("query", "线程")), "/api/concepts?q=线程");
        assertSameJson(call("get_concept", Map.of("id", "gil")), "/api/concepts/gil");
        assertSameJson(
                call("study_path", Map.of("target", "gil", "known", List.of("进程"))),
                "/api/study-path?target=gil&known=进程");
        assertSameJson(call("study_path", Map.of("target", "time-wait")), "/api/study-path?target=time-wait");
        assertSameJson(call("related_topics", Map.of("id", "gil", "limit", 3)), "/api/concepts/gil/related?limit=3");
        assertSameJson(call("path_between", Map.of("from", "进程", "to", "gil")), "/api/paths?from=进程&to=gil");
        var query = "MATCH (c:Concept) WHERE c.id = $id RETURN c.name AS name, c.aliases AS aliases";
        var viaMcp = text(call("run_cypher", Map.of("query", query, "parameters", Map.of("id", "gil"))));
        var viaApi = ApiTestSupport.cypher(
                        http, json.writeValueAsString(Map.of("query", query, "parameters", Map.of("id", "gil"))))
                .getBody();
        assertThat(withoutElapsed(viaMcp)).isEqualTo(withoutElapsed(viaApi));
        assertThat(viaMcp.path("rows").get(0).get(0).asText()).isEqualTo("GIL");
    }

    @Test
    void shouldReportBadArgumentsAndUnknownIdsAsToolErrors() {
        client.initialize();
        assertToolError(call("get_concept", Map.of("id", "no-such-concept")), "No concept with id 'no-such-concept'");
        assertToolError(call("related_topics", Map.of("id", "no-such-concept")), "no-such-concept");
        assertToolError(call("path_between", Map.of("from", "gil", "to", "tcp")), "No chain");
        assertToolError(call("study_path", Map.of("target", "gil", "known", List.of("nope"))), "'nope'");
        assertToolError(call("search_concepts", Map.of("query", "GIL", "limit", 0)), "limit");
        assertToolError(call("search_concepts", Map.of("query", " ")), "required");
        assertToolError(call("run_cypher", Map.of("query", "MATCH (n RETURN n")), "Invalid input");
        // The session survives its errors.
        assertThat(call("get_concept", Map.of("id", "gil")).isError()).isFalse();
    }

    @Test
    void shouldRefuseTheConsolesAttacksThroughRunCypher() {
        client.initialize();
        var before = GraphChecksum.of(driver);
        var attacks = new ArrayList<>(HostileQueries.WRITES);
        attacks.addAll(List.of(
                "CALL apoc.load.json('file:///etc/passwd') YIELD value RETURN value",
                "CALL apoc.load.csv('http://127.0.0.1:1/x.csv') YIELD map RETURN map",
                "CALL apoc.export.csv.all('/tmp/graph.csv', {})",
                "LOAD CSV FROM 'https://example.org/x.csv' AS row RETURN row"));
        var accepted = new ArrayList<String>();
        for (var query : attacks) {
            var result = call("run_cypher", Map.of("query", query));
            if (!Boolean.TRUE.equals(result.isError())) {
                accepted.add(query + " -> " + ((TextContent) result.content().get(0)).text());
            }
        }
        assertThat(accepted).as("attacks answered as results").isEmpty();
        assertThat(GraphChecksum.of(driver)).isEqualTo(before);
    }

    private CallToolResult call(String tool, Map<String, Object> arguments) {
        return client.callTool(new CallToolRequest(tool, arguments));
    }

    private JsonNode text(CallToolResult result) throws Exception {
        assertThat(result.isError()).as("tool error: %s", result.content()).isFalse();
        assertThat(result.content()).hasSize(1);
        return json.readTree(((TextContent) result.content().get(0)).text());
    }

    private void assertSameJson(CallToolResult result, String url) throws Exception {
        var api = get(http, url);
        assertThat(api.getStatusCode().value()).as(url).isEqualTo(200);
        assertThat(text(result)).as(url).isEqualTo(api.getBody());
        assertThat(api.getBody().isEmpty()).as(url + " answers something").isFalse();
    }

    private static void assertToolError(CallToolResult result, String expected) {
        assertThat(result.isError()).as("isError for %s", expected).isTrue();
        assertThat(((TextContent) result.content().get(0)).text()).contains(expected);
    }

    private void assertSchema(Tool tool, List<String> required, String... properties) {
        var schema = json.valueToTree(tool.inputSchema());
        assertThat(schema.path("type").asText()).isEqualTo("object");
        assertThat(json.convertValue(schema.path("required"), List.class))
                .containsExactlyInAnyOrderElementsOf(required);
        assertThat(json.convertValue(schema.path("properties"), Map.class)).containsOnlyKeys((Object[]) properties);
        assertThat(tool.description()).isNotBlank();
    }

    private static JsonNode withoutElapsed(JsonNode result) {
        var copy = (ObjectNode) result.deepCopy();
        copy.remove("elapsedMs");
        return copy;
    }
}
