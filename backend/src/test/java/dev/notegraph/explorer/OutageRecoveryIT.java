package dev.notegraph.explorer;

import static dev.notegraph.explorer.ApiTestSupport.assertProblem;
import static dev.notegraph.explorer.ApiTestSupport.get;
import static org.assertj.core.api.Assertions.assertThat;

import dev.notegraph.schema.EmbeddedNeo4j;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.neo4j.io.ByteUnit;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureTestRestTemplate;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The database goes away under a running backend and comes back on the same port with the same store: the
 * API answers 503 problems and health says DOWN meanwhile, and both recover without restarting the backend.
 */
@AutoConfigureTestRestTemplate
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OutageRecoveryIT {

    private static final String[] DATA = {"/api/stats", "/api/concepts?q=gil", "/api/notes"};

    static Path store;
    static int boltPort;
    static EmbeddedNeo4j server;

    @Autowired
    TestRestTemplate http;

    @DynamicPropertySource
    static void externalServer(DynamicPropertyRegistry registry) throws Exception {
        store = Files.createTempDirectory("outage-neo4j");
        try (var socket = new ServerSocket(0)) {
            boltPort = socket.getLocalPort();
        }
        server = start();
        var dataDir = Files.createTempDirectory("explorer-outage");
        registry.add("spring.neo4j.uri", () -> "bolt://127.0.0.1:" + boltPort);
        // Fail fast while the server is down, rather than retrying each request for 30 s.
        registry.add("spring.neo4j.max-transaction-retry-time", () -> "200ms");
        registry.add("spring.neo4j.connection-timeout", () -> "1s");
        registry.add("explorer.data-dir", dataDir::toString);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void shouldAnswer503WhileTheDatabaseIsDownAndRecoverWhenItReturns() throws Exception {
        ApiTestSupport.awaitStartup(http);
        var concept =
                get(http, "/api/concepts?q=gil").getBody().get(0).path("id").asText();
        assertThat(get(http, "/actuator/health").getStatusCode().value()).isEqualTo(200);

        server.close();

        for (var path : DATA) {
            assertProblem(get(http, path), 503, "database-unavailable");
        }
        assertProblem(get(http, "/api/concepts/" + concept), 503, "database-unavailable");
        var health = get(http, "/actuator/health");
        assertThat(health.getStatusCode().value()).isEqualTo(503);
        assertThat(health.getBody().path("status").asText()).isEqualTo("DOWN");

        server = start();

        awaitStatus("/actuator/health", 200, Duration.ofMinutes(1));
        for (var path : DATA) {
            awaitStatus(path, 200, Duration.ofSeconds(30));
        }
        assertThat(get(http, "/api/concepts/" + concept).getBody().path("id").asText())
                .isEqualTo(concept);
        assertThat(get(http, "/actuator/health").getBody().path("status").asText())
                .isEqualTo("UP");
    }

    /** The driver drops its dead connections on first use, so the first call after the return may still fail. */
    private void awaitStatus(String path, int status, Duration timeout) throws InterruptedException {
        var deadline = System.nanoTime() + timeout.toNanos();
        while (get(http, path).getStatusCode().value() != status) {
            assertThat(System.nanoTime()).as(path + " back to " + status).isLessThan(deadline);
            Thread.sleep(200);
        }
    }

    private static EmbeddedNeo4j start() {
        return EmbeddedNeo4j.start(store, boltPort, ByteUnit.mebiBytes(64));
    }
}
