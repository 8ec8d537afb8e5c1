package dev.notegraph.explorer;

import static dev.notegraph.explorer.ApiTestSupport.assertProblem;
import static dev.notegraph.explorer.ApiTestSupport.get;

import java.net.ServerSocket;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureTestRestTemplate;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** With the configured server down, the app still starts and every data endpoint answers 503. */
@AutoConfigureTestRestTemplate
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DatabaseUnavailableIT {

    @Autowired
    TestRestTemplate http;

    @DynamicPropertySource
    static void deadServer(DynamicPropertyRegistry registry) throws Exception {
        int port;
        try (var socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        var uri = "bolt://127.0.0.1:" + port;
        var dataDir = Files.createTempDirectory("explorer-dead");
        registry.add("spring.neo4j.uri", () -> uri);
        registry.add("spring.neo4j.max-transaction-retry-time", () -> "200ms");
        registry.add("spring.neo4j.connection-timeout", () -> "1s");
        registry.add("explorer.data-dir", dataDir::toString);
        registry.add("explorer.import-on-start", () -> "false");
    }

    @Test
    void shouldAnswer503ProblemsWhenNeo4jIsUnreachable() {
        assertProblem(get(http, "/api/stats"), 503, "database-unavailable");
        assertProblem(get(http, "/api/concepts?q=gil"), 503, "database-unavailable");
        assertProblem(get(http, "/api/concepts/gil"), 503, "database-unavailable");
        assertProblem(get(http, "/api/notes"), 503, "database-unavailable");
    }
}
