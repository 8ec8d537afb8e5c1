package dev.notegraph.importer.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A gold file and the notes it labels: a whole folder, or the files a list names (paths relative to the folder).
 *
 * @param name how the report calls it
 * @param gold the labels, already restricted to these notes
 * @param root the notes folder
 * @param files the notes to import, relative to {@code root}; empty means every file under it
 */
public record EvalSuite(String name, GoldStandard gold, Path root, List<String> files) {

    /** A suite from a gold file, a notes folder and an optional list file (one relative path per line). */
    public static EvalSuite of(Path goldFile, Path root, Optional<Path> list) {
        var gold = GoldStandard.load(goldFile);
        var name = goldFile.getFileName().toString().replaceFirst("\\.ya?ml$", "");
        if (list.isEmpty()) {
            return new EvalSuite(name, gold, root, List.of());
        }
        var files = lines(list.get());
        return new EvalSuite(name, gold.restrictedTo(files), root, files);
    }

    /**
     * The two halves of a listed suite, split by file (first, third, fifth… file; then the others), each with the
     * labels made on its files: tune on one, report the other. Empty when the labels do not say their files.
     */
    public List<EvalSuite> halves() {
        boolean labelledByFile = gold.concepts().stream().anyMatch(c -> c.file().isPresent());
        if (files.size() < 2 || !labelledByFile) {
            return List.of();
        }
        var a = new ArrayList<String>();
        var b = new ArrayList<String>();
        for (int i = 0; i < files.size(); i++) {
            (i % 2 == 0 ? a : b).add(files.get(i));
        }
        return List.of(half(" A", a), half(" B", b));
    }

    /**
     * The same labels scored on a graph of the whole folder, as a user imports it: the other notes add hubs and
     * competitors, which a graph of the labelled notes alone never shows. With its halves when asked.
     */
    public List<EvalSuite> inFolder(boolean withHalves) {
        var out = new ArrayList<EvalSuite>();
        out.add(new EvalSuite(name + " in folder", gold, root, List.of()));
        if (withHalves) {
            halves().forEach(h -> out.add(new EvalSuite(h.name() + " in folder", h.gold(), root, List.of())));
        }
        return out;
    }

    /** What is imported: the folder and the files; suites with equal notes can share one import. */
    List<Object> notes() {
        return List.of(root.toAbsolutePath().normalize(), files);
    }

    private EvalSuite half(String suffix, List<String> part) {
        return new EvalSuite(name + suffix, gold.restrictedTo(part), root, List.copyOf(part));
    }

    /** The folder to import: the root itself, or a copy of the listed files under a fresh temporary folder. */
    Path materialize() {
        if (files.isEmpty()) {
            return root;
        }
        try {
            var dir = Files.createTempDirectory("notegraph-eval-notes");
            for (var file : files) {
                var target = dir.resolve(file).normalize();
                Files.createDirectories(target.getParent());
                Files.copy(root.resolve(file), target);
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> lines(Path list) {
        try (Stream<String> lines = Files.lines(list)) {
            return lines.map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
