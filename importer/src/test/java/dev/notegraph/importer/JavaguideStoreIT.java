package dev.notegraph.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
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
                .hasSize((int) NoteFolders.noteFiles(JavaguideStore.CORPUS));
        assertThat(export).noneMatch(line -> line.contains("<nameless>"));
        assertThat(export.stream().filter(line -> line.startsWith("concept ")).count())
                .isGreaterThan(1000);
        assertThat(export.stream().filter(line -> line.startsWith("edge ")).count())
                .isGreaterThan(1000);
    }
}
