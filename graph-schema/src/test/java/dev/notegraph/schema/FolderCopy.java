package dev.notegraph.schema;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Copies a folder tree for tests that must not touch the original (a shared store, a read-only corpus). */
public final class FolderCopy {

    private FolderCopy() {}

    /** Copies {@code from} into {@code to}, file times included; returns {@code to}. */
    public static Path copy(Path from, Path to) throws IOException {
        try (var paths = Files.walk(from)) {
            for (var path : paths.toList()) {
                var target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
        return to;
    }
}
