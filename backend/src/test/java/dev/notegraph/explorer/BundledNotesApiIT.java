package dev.notegraph.explorer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.notegraph.explorer.config.ExplorerProperties;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The default configuration: embedded Neo4j, bundled notes unpacked into the data folder and imported. */
@BundledNotesContext
class BundledNotesApiIT extends ImportedNotesContract {

    @Autowired
    ExplorerProperties properties;

    @Test
    void shouldUnpackTheBundledNotesIntoTheDataFolder() throws Exception {
        try (var files = Files.list(properties.dataDir().resolve("bundled-notes"))) {
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
