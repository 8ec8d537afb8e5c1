package dev.notegraph.importer.corrections;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The learner's corrections in a plain YAML file ({@link CorrectionsFile}), read afresh by every call so a hand
 * edit counts at once. Writes replace the file atomically (a temporary file beside it, then a move), each a
 * read-modify-write under one lock per file, and are refused while the file does not parse: it is never
 * written over with less than it held.
 */
public final class CorrectionStore {

    /** The file inside a notes folder, unless configured elsewhere. */
    public static final Path DEFAULT_RELATIVE = Path.of(".notegraph", "corrections.yaml");

    private static final ConcurrentHashMap<Path, Object> LOCKS = new ConcurrentHashMap<>();
    private static final CorrectionStore NONE = new CorrectionStore(null);

    private final Path file;

    /** @param file the corrections file; it need not exist yet */
    public CorrectionStore(Path file) {
        this.file = file == null ? null : file.toAbsolutePath().normalize();
    }

    /** No corrections: the store of an import that has none. */
    public static CorrectionStore none() {
        return NONE;
    }

    /** The default file of a notes folder: {@code .notegraph/corrections.yaml} inside it. */
    public static CorrectionStore inFolder(Path notesFolder) {
        return new CorrectionStore(notesFolder.resolve(DEFAULT_RELATIVE));
    }

    /** The file, unless this is {@link #none()}. */
    public Optional<Path> file() {
        return Optional.ofNullable(file);
    }

    /** What the file says now; a missing file is an empty one, an unreadable one is reported, never thrown. */
    public CorrectionsFile load() {
        if (file == null) {
            return CorrectionsFile.empty(null);
        }
        synchronized (lock()) {
            return read();
        }
    }

    /**
     * Adds a correction unless one with its id is there already; either way answers the stored one.
     *
     * @throws CorrectionsUnreadableException when the file does not parse
     * @throws UncheckedIOException when it cannot be written
     */
    public Correction add(Correction correction) {
        synchronized (lock()) {
            var current = writable();
            var existing = current.find(correction.id());
            if (existing.isPresent()) {
                return existing.get();
            }
            var entries = new ArrayList<>(current.entries());
            entries.add(new CorrectionsFile.Entry(Optional.of(correction), correction.asMap(), Optional.empty()));
            write(CorrectionsFile.render(entries));
            return correction;
        }
    }

    /**
     * Takes back the entry with that id (a usable correction, or an unusable entry that names the id).
     *
     * @return false when no entry has that id
     * @throws CorrectionsUnreadableException when the file does not parse
     */
    public boolean remove(String id) {
        synchronized (lock()) {
            var current = writable();
            var entries = new ArrayList<>(current.entries());
            if (!entries.removeIf(e -> e.id().filter(id::equals).isPresent())) {
                return false;
            }
            write(CorrectionsFile.render(entries));
            return true;
        }
    }

    private CorrectionsFile writable() {
        if (file == null) {
            throw new IllegalStateException("no corrections file configured");
        }
        var current = read();
        if (current.error().isPresent()) {
            throw new CorrectionsUnreadableException(file, current.error().get());
        }
        return current;
    }

    private CorrectionsFile read() {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return CorrectionsFile.empty(file);
        } catch (IOException | UncheckedIOException e) {
            // MalformedInputException (not UTF-8) is an IOException too: the file is there but unreadable
            return CorrectionsFile.broken(file, "cannot read it: " + e.getMessage());
        }
        return CorrectionsFile.parse(file, text);
    }

    /** Writes a temporary file beside the target, forces it to disk, then moves it over the target. */
    private void write(String text) {
        Path temp = null;
        try {
            Files.createDirectories(file.getParent());
            temp = Files.createTempFile(file.getParent(), "." + file.getFileName() + ".", ".tmp");
            try (var channel = FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                var bytes = java.nio.ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
                while (bytes.hasRemaining()) {
                    channel.write(bytes);
                }
                channel.force(true);
            }
            move(temp, file);
            temp = null;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the corrections file " + file, e);
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException e) {
                    // a leftover hidden temporary file is harmless
                }
            }
        }
    }

    static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private Object lock() {
        return LOCKS.computeIfAbsent(file == null ? Path.of("") : file, k -> new Object());
    }

    @Override
    public String toString() {
        return file == null ? "no corrections" : file.toString();
    }
}
