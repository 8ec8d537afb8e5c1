package dev.notegraph.explorer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** HTTP helpers shared by the API tests. */
final class ApiTestSupport {

    private ApiTestSupport() {}

    static ResponseEntity<JsonNode> get(TestRestTemplate http, String url) {
        return http.getForEntity(url, JsonNode.class);
    }

    static ResponseEntity<JsonNode> cypher(TestRestTemplate http, String body) {
        var headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.postForEntity("/api/cypher", new HttpEntity<>(body, headers), JsonNode.class);
    }

    /** A problem body: the given status and type, problem+json, and nothing that looks like a stack trace. */
    static JsonNode assertProblem(ResponseEntity<JsonNode> response, int status, String type) {
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
