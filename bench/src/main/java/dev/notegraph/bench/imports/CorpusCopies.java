package dev.notegraph.bench.imports;

import dev.notegraph.importer.source.NoteReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * A corpus repeated n times under new names, to see how import cost grows with size. Each copy lives in its
 * own folder and every file name carries the copy number, so no note path repeats.
 */
public final class CorpusCopies {

    private CorpusCopies() {}

    /** Writes {@code times} renamed copies of the corpus's note files into {@code target}. */
    public static Path make(Path corpus, int times, Path target) throws IOException {
        Files.createDirectories(target);
        for (int copy = 1; copy <= times; copy++) {
            copyOnce(corpus, target.resolve("copy-" + copy), copy);
        }
        return target;
    }

    private static void copyOnce(Path corpus, Path into, int copy) throws IOException {
        try (Stream<Path> files = Files.walk(corpus)) {
            for (var file : files.filter(Files::isRegularFile).toList()) {
                var name = file.getFileName().toString();
                if (!NoteReader.isNoteFile(name)) {
                    continue;
                }
                var relative = corpus.relativize(file);
                var renamed = into.resolve(relative).resolveSibling("c" + copy + "-" + name);
                Files.createDirectories(renamed.getParent());
                Files.copy(file, renamed);
            }
        }
    }
}
