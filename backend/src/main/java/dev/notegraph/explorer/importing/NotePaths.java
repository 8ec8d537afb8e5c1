package dev.notegraph.explorer.importing;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Which changed paths may change the graph. Editors save through temp files (vim's {@code .swp} and {@code 4913},
 * emacs's {@code #x#} and {@code .#x}, {@code x~}, {@code .tmp}) and tools keep state in hidden folders ({@code
 * .git}, {@code .notegraph}); none of them is a note.
 */
final class NotePaths {

    private NotePaths() {}

    /** Whether a change at {@code path} (relative to the notes folder) is worth an import. */
    static boolean matters(Path relative) {
        for (var part : relative) {
            if (part.toString().startsWith(".")) {
                return false;
            }
        }
        var name = relative.getFileName() == null
                ? ""
                : relative.getFileName().toString().toLowerCase(Locale.ROOT);
        return !(name.endsWith("~")
                || name.endsWith(".swp")
                || name.endsWith(".swx")
                || name.endsWith(".tmp")
                || name.startsWith("#")
                || name.equals("4913"));
    }
}
