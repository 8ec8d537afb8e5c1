package dev.notegraph.explorer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.notegraph.schema.EmbeddedNeo4j;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureTestRestTemplate;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The docker-compose configuration path: {@code spring.neo4j.uri} points at a server the app does not own,
 * so Spring Boot's auto-configured driver is used and nothing is embedded.
 */
@AutoConfigureTestRestTemplate
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ExternalNeo4jIT extends ImportedNotesContract {

    static EmbeddedNeo4j server;
    static Path dataDir;

    @Autowired
    ApplicationContext context;

    @DynamicPropertySource
    static void externalServer(DynamicPropertyRegistry registry) throws Exception {
        server = EmbeddedNeo4j.start(Files.createTempDirectory("external-neo4j"));
        dataDir = Files.createTempDirectory("explorer-external");
        registry.add("spring.neo4j.uri", () -> server.boltUri().toString());
        registry.add("explorer.data-dir", dataDir::toString);
    }

    @Test
    void shouldEmbedNothingWhenAServerIsConfigured() {
        assertThat(context.getBeanNamesForType(EmbeddedNeo4j.class)).isEmpty();
        assertThat(dataDir.resolve("neo4j")).doesNotExist();
    }
}
