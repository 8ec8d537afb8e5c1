package dev.notegraph.explorer.ui;

import dev.notegraph.schema.FolderCopy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Copies the javaguide store the importer's tests imported in this build (system properties
 * {@code javaguide.store} and {@code build.id}) into a data folder, so the explorer's start-up import finds
 * every note unchanged instead of importing the corpus again. Without a store of this build it copies nothing
 * and the start-up import does the whole work, as it would for a user.
 */
final class JavaguideStoreCopy {

    private JavaguideStoreCopy() {}

    /** Whether a store was copied to {@code target} (the explorer's {@code data-dir/neo4j}). */
    static boolean into(Path target) {
        var home = System.getProperty("javaguide.store");
        var build = System.getProperty("build.id");
        if (home == null || build == null) {
            return false;
        }
        try {
            var marker = Path.of(home, "build-id");
            if (!Files.exists(marker) || !Files.readString(marker).equals(build)) {
                return false;
            }
            FolderCopy.copy(Path.of(home, "neo4j"), target);
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
