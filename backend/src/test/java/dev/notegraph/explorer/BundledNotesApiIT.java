package dev.notegraph.explorer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The default configuration: embedded Neo4j, bundled notes unpacked into the data folder and imported. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BundledNotesApiIT extends ImportedNotesContract {

    static Path dataDir;

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) throws Exception {
        dataDir = Files.createTempDirectory("explorer-bundled");
        registry.add("explorer.data-dir", dataDir::toString);
        registry.add("explorer.page-cache", () -> "64MB");
    }

    @Test
    void shouldUnpackTheBundledNotesIntoTheDataFolder() throws Exception {
        try (var files = Files.list(dataDir.resolve("bundled-notes"))) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder(
                            "000_964a3e6d5d37624c.txt",
                            "001_25dcc92f578f0594.txt",
                            "002_fd13e4336eb6d0c4.txt",
                            "003_c9a73229945440ca.txt",
                            "004_38c4b9e65a4e6aa3.txt");
        }
    }
}
