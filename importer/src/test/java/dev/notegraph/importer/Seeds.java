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
        try (var files = Files.list(folder())) {
            Files.createDirectories(target);
            for (var file : files.toList()) {
                Files.copy(file, target.resolve(file.getFileName().toString()));
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
