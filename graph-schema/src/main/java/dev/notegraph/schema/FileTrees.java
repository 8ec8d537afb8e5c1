package dev.notegraph.schema;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;

/** Folder chores shared by the store, the bench and the tests. */
public final class FileTrees {

    private FileTrees() {}

    /** Deletes a folder and everything in it, deepest first; a folder that is not there is left as it is. */
    public static void delete(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (var paths = Files.walk(folder)) {
            for (var path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
