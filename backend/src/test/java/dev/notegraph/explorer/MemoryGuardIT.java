package dev.notegraph.explorer;

import static dev.notegraph.explorer.ApiTestSupport.cypher;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureTestRestTemplate;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A console query that would need more memory than the JVM has is stopped by the embedded server's
 * transaction memory limit with a clean problem, and the application keeps answering. The timeout is raised
 * so the memory limit, not the clock, is what stops it.
 */
@AutoConfigureTestRestTemplate
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"explorer.import-on-start=false", "explorer.page-cache=64MB", "explorer.cypher.timeout=10m"})
class MemoryGuardIT {

    /** About 30 bytes per collected number: 400 million of them are several times any test heap. */
    private static final String HUNGRY =
            "{\"query\": \"UNWIND range(1, 400000000) AS x WITH collect(x) AS xs RETURN size(xs) AS n\"}";

    @Autowired
    TestRestTemplate http;

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) throws Exception {
        var dir = Files.createTempDirectory("explorer-memory");
        registry.add("explorer.data-dir", dir::toString);
    }

    @Test
    void shouldStopAMemoryHungryQueryWithAProblemAndKeepServing() {
        var refused = cypher(http, HUNGRY);

        var body = ApiTestSupport.assertProblem(refused, 400, "cypher-rejected");
        assertThat(body.path("detail").asText()).contains("db.memory.transaction");
        var after = cypher(http, "{\"query\": \"RETURN 1 AS one\"}");
        assertThat(after.getStatusCode().value()).isEqualTo(200);
        assertThat(after.getBody().path("rows").get(0).get(0).asInt()).isEqualTo(1);
    }
}
