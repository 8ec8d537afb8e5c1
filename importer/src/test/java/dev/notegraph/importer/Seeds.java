package dev.notegraph.importer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The shared sample notes, copied so a test can change them. */
public final class Seeds {

    private Seeds() {}

    public static Path folder() {
        return Path.of(System.getProperty("shared.dir", "../shared")).resolve("seeds");
    }

    /** The seed notes' file names. */
    public static java.util.List<String> names() {
        try (var files = Files.list(folder())) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Copies the seed notes into {@code target} and returns it. */
    public static Path copyTo(Path target) {
        return copyTo(target, names());
    }

    /** Copies these of the seed notes (by file name) into {@code target} and returns it. */
    public static Path copyTo(Path target, java.util.List<String> names) {
        try {
            Files.createDirectories(target);
            for (var name : names) {
                Files.copy(folder().resolve(name), target.resolve(name));
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
