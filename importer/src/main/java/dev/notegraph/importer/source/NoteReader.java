package dev.notegraph.importer.source;

import dev.notegraph.schema.Sha256;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

/**
 * Reads a notes folder into decoded notes. One bad file never stops the others: it becomes a {@link NoteProblem}.
 */
public final class NoteReader {

    /** The default size cap: bigger files are reported, not read. */
    public static final long DEFAULT_MAX_BYTES = 32L * 1024 * 1024;

    private static final Set<String> EXTENSIONS = Set.of(".md", ".markdown", ".txt");

    private final long maxBytes;

    public NoteReader() {
        this(DEFAULT_MAX_BYTES);
    }

    /** A reader that reports files larger than {@code maxBytes} instead of reading them. */
    public NoteReader(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** Every note file under {@code notesDir}, hidden folders and folder symlinks left out. */
    public NoteFiles read(Path notesDir) throws IOException {
        var root = notesDir.toAbsolutePath().normalize();
        if (!Files.isDirectory(root)) {
            throw new NotDirectoryException(root.toString());
        }
        var walker = new Walker(root);
        // No FOLLOW_LINKS: a folder symlink is visited as a file and skipped, so a link loop cannot recurse.
        Files.walkFileTree(root, walker);
        walker.sources.sort(Comparator.comparing(NoteSource::path));
        walker.problems.sort(Comparator.comparing(NoteProblem::path));
        return new NoteFiles(List.copyOf(walker.sources), List.copyOf(walker.problems));
    }

    /** Whether a file name has one of the note extensions, ignoring case. */
    public static boolean isNoteFile(String fileName) {
        var lower = fileName.toLowerCase(Locale.ROOT);
        return EXTENSIONS.stream().anyMatch(lower::endsWith);
    }

    private final class Walker extends SimpleFileVisitor<Path> {

        private final Path root;
        private final List<NoteSource> sources = new ArrayList<>();
        private final List<NoteProblem> problems = new ArrayList<>();

        Walker(Path root) {
            this.root = root;
        }

        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
            var hidden = !dir.equals(root) && dir.getFileName().toString().startsWith(".");
            return hidden ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
            if (!isNoteFile(file.getFileName().toString())) {
                return FileVisitResult.CONTINUE;
            }
            if (Files.isRegularFile(file)) {
                readOne(file);
            } else if (attrs.isSymbolicLink() && !Files.exists(file)) {
                // Said out loud: a note that silently vanished behind a bad link looks like an importer bug.
                problems.add(new NoteProblem(relative(file), "symbolic link that loops or points nowhere"));
            }
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) {
            problems.add(new NoteProblem(relative(file), "cannot read: " + oneLine(e)));
            return FileVisitResult.CONTINUE;
        }

        private void readOne(Path file) {
            var path = relative(file);
            try {
                var size = Files.size(file);
                if (size > maxBytes) {
                    problems.add(new NoteProblem(path, "larger than the " + maxBytes + " byte cap (" + size + ")"));
                    return;
                }
                var bytes = Files.readAllBytes(file);
                var decoded = TextDecoder.decode(bytes);
                decoded.text()
                        .ifPresent(text -> sources.add(new NoteSource(path, text, Sha256.hex(bytes), bytes.length)));
                decoded.problem().ifPresent(reason -> problems.add(new NoteProblem(path, reason)));
            } catch (IOException | RuntimeException e) {
                problems.add(new NoteProblem(path, "cannot read: " + oneLine(e)));
            }
        }

        private String relative(Path file) {
            return StreamSupport.stream(root.relativize(file).spliterator(), false)
                    .map(Path::toString)
                    .collect(Collectors.joining("/"));
        }
    }

    private static String oneLine(Exception e) {
        var message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.replaceAll("\\s+", " ").strip();
    }
}
