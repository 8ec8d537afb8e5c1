package dev.notegraph.explorer;

import static org.assertj.core.api.Assertions.assertThat;

import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.JsonNode;

/** HTTP helpers shared by the API tests. */
public final class ApiTestSupport {

    private ApiTestSupport() {}

    /** Waits until {@code /api/stats} says the start-up work (schema, import) is over. */
    public static void awaitStartup(TestRestTemplate http) throws InterruptedException {
        var deadline = System.nanoTime() + java.time.Duration.ofMinutes(4).toNanos();
        while (get(http, "/api/stats").getBody().path("importing").asBoolean()) {
            assertThat(System.nanoTime()).as("start-up finished in time").isLessThan(deadline);
            Thread.sleep(250);
        }
    }

    /** A GET; template variables ({@code {q}}) are encoded, so any text is safe in them. */
    public static ResponseEntity<JsonNode> get(TestRestTemplate http, String url, Object... variables) {
        return http.getForEntity(url, JsonNode.class, variables);
    }

    public static ResponseEntity<JsonNode> cypher(TestRestTemplate http, String body) {
        var headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.postForEntity("/api/cypher", new HttpEntity<>(body, headers), JsonNode.class);
    }

    /** A problem body: the given status and type, problem+json, and nothing that looks like a stack trace. */
    public static JsonNode assertProblem(ResponseEntity<JsonNode> response, int status, String type) {
        assertThat(response.getStatusCode().value()).isEqualTo(status);
        assertThat(response.getHeaders().getContentType()).isNotNull();
        assertThat(response.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .isTrue();
        var body = response.getBody();
        assertThat(body.path("type").asText()).isEqualTo("https://notegraph.dev/problems/" + type);
        assertThat(body.path("detail").asText()).isNotBlank();
        assertThat(body.toString()).doesNotContain("Exception", "\tat ", "dev.notegraph", "org.neo4j", "trace");
        return body;
    }
}
