package dev.notegraph.bench.imports;

import dev.notegraph.importer.source.NoteReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** File-tree chores of the import bench. */
final class Folders {

    private Folders() {}

    /** Bytes of the note files under a folder, the figure throughput is computed from. */
    static long noteBytes(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> NoteReader.isNoteFile(p.getFileName().toString()))
                    .mapToLong(Folders::size)
                    .sum();
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }
}
