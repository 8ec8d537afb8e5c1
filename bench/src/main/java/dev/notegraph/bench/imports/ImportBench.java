package dev.notegraph.bench.imports;

import dev.notegraph.bench.Figure;
import dev.notegraph.importer.extract.MarkdownNotesAnalyzer;
import dev.notegraph.importer.extract.NotesAnalyzer;
import dev.notegraph.schema.FileTrees;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Imports in-process into fresh embedded stores: the seeds, the corpus cold, the corpus again unchanged, the
 * corpus once more into a fresh store with a warm JIT, then 2x and 4x renamed copies.
 */
public final class ImportBench {

    private static final String SECTION = "Import";

    private final Path workDir;
    private final NotesAnalyzer analyzer = new MarkdownNotesAnalyzer();

    public ImportBench(Path workDir) {
        this.workDir = workDir;
    }

    public List<Figure> run(Path seeds, Path corpus) throws IOException {
        var figures = new ArrayList<Figure>();
        figures.addAll(cold("seeds", seeds, false));
        figures.addAll(coldAndAgain(corpus));
        var warm = once(corpus);
        figures.add(Figure.info(SECTION, "corpus 1x, fresh store, warm JVM", warm, "s", "baseline of the ratios"));
        for (int times : new int[] {2, 4}) {
            figures.addAll(scaled(corpus, times, warm));
        }
        return figures;
    }

    private List<Figure> cold(String label, Path folder, boolean targeted) throws IOException {
        try (var store = new FreshStore(workDir)) {
            var run = store.importFolder(folder, analyzer);
            return ImportFigures.of(SECTION, label, run, Folders.noteBytes(folder), targeted ? 20.0 : Double.NaN);
        }
    }

    private List<Figure> coldAndAgain(Path corpus) throws IOException {
        try (var store = new FreshStore(workDir)) {
            var first = store.importFolder(corpus, analyzer);
            var figures =
                    new ArrayList<>(ImportFigures.of(SECTION, "corpus cold", first, Folders.noteBytes(corpus), 20.0));
            var again = store.importFolder(corpus, analyzer);
            var detail = again.summary().skipped()
                    ? "nothing changed, so nothing analysed or written"
                    : "importer did NOT skip: " + again.summary().imported() + " notes rewritten";
            figures.add(Figure.target(SECTION, "corpus re-import, unchanged", again.seconds(), "s", 2.0, detail));
            return figures;
        }
    }

    private double once(Path folder) throws IOException {
        try (var store = new FreshStore(workDir)) {
            return store.importFolder(folder, analyzer).seconds();
        }
    }

    private List<Figure> scaled(Path corpus, int times, double baseline) throws IOException {
        var copies = Files.createTempDirectory(workDir, "corpus-" + times + "x-");
        try {
            CorpusCopies.make(corpus, times, copies);
            try (var store = new FreshStore(workDir)) {
                var run = store.importFolder(copies, analyzer);
                var label = "corpus " + times + "x";
                var ratio = run.seconds() / baseline;
                var detail = "%d notes, %d concepts, %d relations"
                        .formatted(
                                run.summary().imported(),
                                run.summary().concepts(),
                                run.summary().relations());
                return List.of(
                        Figure.info(SECTION, label + " time", run.seconds(), "s", detail),
                        times == 4
                                ? Figure.target(SECTION, label + " / 1x", ratio, "x", 4.5, "vs warm 1x")
                                : Figure.info(SECTION, label + " / 1x", ratio, "x", "vs warm 1x"));
            }
        } finally {
            FileTrees.delete(copies);
        }
    }
}
