package dev.notegraph.importer;

import dev.notegraph.importer.source.NoteReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** What an import of a folder should store, counted from the files themselves. */
final class NoteFolders {

    private NoteFolders() {}

    /** The note files under a folder, by the importer's own extensions. */
    static long noteFiles(Path folder) throws IOException {
        try (var files = Files.walk(folder)) {
            return files.filter(f -> NoteReader.isNoteFile(f.getFileName().toString()))
                    .count();
        }
    }
}
