package dev.notegraph.explorer.cypher;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import org.neo4j.driver.Driver;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** The fixture graph and problem checks, as the top-level API tests use them (those are package-private). */
final class Fixtures {

    private Fixtures() {}

    static void awaitStartup(TestRestTemplate http) throws InterruptedException {
        var deadline = System.nanoTime() + Duration.ofMinutes(4).toNanos();
        while (http.getForObject("/api/stats", JsonNode.class).path("importing").asBoolean()) {
            assertThat(System.nanoTime()).as("start-up finished in time").isLessThan(deadline);
            Thread.sleep(250);
        }
    }

    static void load(Driver driver, String resource) {
        String text;
        try (var in = Fixtures.class.getResourceAsStream(resource)) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (var session = driver.session()) {
            session.executeWrite(tx -> tx.run("MATCH (n) DETACH DELETE n").consume());
            Arrays.stream(text.split(";\\s*\\n"))
                    .map(s -> s.lines().filter(l -> !l.strip().startsWith("//")).reduce("", (a, b) -> a + "\n" + b))
                    .filter(s -> !s.isBlank())
                    .forEach(statement ->
                            session.executeWrite(tx -> tx.run(statement).consume()));
        }
    }

    /** A problem body: the given status and type, problem+json, nothing that looks like a stack trace. */
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
