package dev.notegraph.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.notegraph.importer.source.NoteReader;
import java.io.IOException;
import java.nio.file.Files;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The whole javaguide corpus imported into the store this build shares ({@link JavaguideStore}): every note is
 * stored and the concept layer is complete. A class of its own so that the import runs in a test JVM beside
 * the other importer tests, before the backend's tests copy the store.
 */
class JavaguideStoreIT {

    @Test
    @Timeout(value = 30, unit = TimeUnit.MINUTES)
    void shouldImportEveryJavaguideNoteWithACompleteConceptLayer() throws IOException {
        var export = JavaguideStore.export();

        assertThat(export.stream().filter(line -> line.startsWith("note ")))
                .as("notes stored")
                .hasSize((int) noteFiles());
        assertThat(export).noneMatch(line -> line.contains("<nameless>"));
        assertThat(export.stream().filter(line -> line.startsWith("concept ")).count())
                .isGreaterThan(1000);
        assertThat(export.stream().filter(line -> line.startsWith("edge ")).count())
                .isGreaterThan(1000);
    }

    private static long noteFiles() throws IOException {
        try (var files = Files.walk(JavaguideStore.CORPUS)) {
            return files.filter(f -> NoteReader.isNoteFile(f.getFileName().toString()))
                    .count();
        }
    }
}
