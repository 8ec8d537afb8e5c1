package dev.notegraph.explorer;

import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureTestRestTemplate;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.testcontainers.containers.Neo4jContainer;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;

/** The same answers from a real Neo4j server in a container; skipped where no Docker engine runs. */
@Testcontainers(disabledWithoutDocker = true)
@AutoConfigureTestRestTemplate
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class Neo4jContainerIT extends ImportedNotesContract {

    @Container
    static final Neo4jContainer<?> NEO4J = new Neo4jContainer<>("neo4j:5.26").withoutAuthentication();

    @DynamicPropertySource
    static void server(DynamicPropertyRegistry registry) throws Exception {
        registry.add("spring.neo4j.uri", NEO4J::getBoltUrl);
        var dataDir = java.nio.file.Files.createTempDirectory("explorer-container");
        registry.add("explorer.data-dir", dataDir::toString);
    }
}
