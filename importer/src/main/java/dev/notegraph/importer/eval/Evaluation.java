package dev.notegraph.importer.eval;

import com.hankcs.hanlp.HanLP;
import dev.notegraph.importer.ImportListener;
import dev.notegraph.importer.Importer;
import dev.notegraph.importer.corrections.CorrectionStore;
import dev.notegraph.importer.corrections.CorrectionsApplier;
import dev.notegraph.importer.extract.MarkdownNotesAnalyzer;
import dev.notegraph.importer.model.ConceptNode;
import dev.notegraph.importer.source.NoteReader;
import dev.notegraph.importer.source.NoteSource;
import dev.notegraph.schema.ConceptIds;
import dev.notegraph.schema.EmbeddedNeo4j;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Logging;

/** Runs the analyzer and the keyword baselines on labelled notes and scores them; the CLI's eval command. */
public final class Evaluation {

    private Evaluation() {}

    /**
     * Imports each suite's notes into a fresh embedded Neo4j, reads the graph back as the backend would, and
     * scores it against the suite's labels; the keyword baselines are scored beside the first suite of each gold.
     *
     * @param stored whether to score the stored graph (what users see) or the analyzer's graph in memory (faster)
     */
    public static EvalReport run(List<EvalSuite> suites, boolean stored) {
        return run(suites, stored, CorrectionStore.none());
    }

    /**
     * Like {@link #run(List, boolean)}, with a learner's corrections applied to every suite's graph as an import
     * applies them, so their effect on the figures can be measured.
     */
    public static EvalReport run(List<EvalSuite> suites, boolean stored, CorrectionStore corrections) {
        if (!stored) {
            var imported = new HashMap<List<Object>, Imported>();
            return new EvalReport(suites.stream()
                    .map(s -> imported.computeIfAbsent(s.notes(), k -> inMemory(s, corrections))
                            .scored(s))
                    .toList());
        }
        Path store = null;
        try {
            store = Files.createTempDirectory("notegraph-eval");
            try (var neo4j = EmbeddedNeo4j.start(store);
                    var driver = GraphDatabase.driver(neo4j.boltUri(), AuthTokens.none(), quiet())) {
                var results = new ArrayList<EvalReport.SuiteResult>();
                Imported last = null;
                for (var suite : suites) {
                    // suites over the same notes (a whole folder and its halves' labels) share one import
                    if (last == null || !last.notes().equals(suite.notes())) {
                        last = throughNeo4j(suite, driver, corrections);
                    }
                    results.add(last.scored(suite));
                }
                return new EvalReport(results);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            delete(store);
        }
    }

    /** One folder against one gold file, through Neo4j: what {@code EvalIT} and the README's command run. */
    public static EvalReport run(Path notesDir, Path goldFile) {
        return run(List.of(EvalSuite.of(goldFile, notesDir, Optional.empty())), true);
    }

    /** One import of a suite's notes: the graph, what it took, and the keyword baselines on the same notes. */
    private record Imported(List<Object> notes, EvalGraph graph, Duration took, int count, List<EvalGraph> baselines) {

        EvalReport.SuiteResult scored(EvalSuite suite) {
            var scorer = new Scorer(suite.gold());
            var ours = scorer.score("notegraph", graph);
            var methods = new MethodScorer(suite.gold()).score(graph);
            var base = List.of(
                    scorer.score("hanlp-keywords-50", baselines.get(0)),
                    scorer.score("hanlp-keywords-200", baselines.get(1)));
            return new EvalReport.SuiteResult(suite.name(), ours, base, methods, took, count);
        }
    }

    private static Imported imported(EvalSuite suite, Path folder, EvalGraph graph, Duration took, int count) {
        var notes = read(folder);
        return new Imported(suite.notes(), graph, took, count, List.of(baseline(notes, 50), baseline(notes, 200)));
    }

    private static Imported throughNeo4j(EvalSuite suite, Driver driver, CorrectionStore corrections) {
        var folder = suite.materialize();
        try {
            clear(driver);
            var summary = new Importer(driver, new MarkdownNotesAnalyzer())
                    .withCorrections(corrections)
                    .importFolder(folder, new ImportListener() {});
            var took = summary.timings().parsing().plus(summary.timings().extraction());
            var graph = StoredGraph.read(driver);
            return imported(suite, folder, graph, took, summary.imported());
        } finally {
            if (!folder.equals(suite.root())) {
                delete(folder);
            }
        }
    }

    private static Imported inMemory(EvalSuite suite, CorrectionStore corrections) {
        var folder = suite.materialize();
        try {
            var notes = read(folder);
            long start = System.nanoTime();
            var analysis = new MarkdownNotesAnalyzer().analyze(notes);
            var corrected = CorrectionsApplier.apply(
                    analysis.graph(),
                    corrections.load().corrections(),
                    corrections.file().map(f -> f.getFileName().toString()).orElse("corrections"));
            var took = Duration.ofNanos(System.nanoTime() - start);
            return imported(
                    suite, folder, EvalGraph.of(corrected.graph(), corrected.notPrerequisites()), took, notes.size());
        } finally {
            if (!folder.equals(suite.root())) {
                delete(folder);
            }
        }
    }

    private static void clear(Driver driver) {
        try (var session = driver.session()) {
            session.run("MATCH (n) CALL { WITH n DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS")
                    .consume();
        }
    }

    private static Config quiet() {
        return Config.builder().withLogging(Logging.none()).build();
    }

    private static void delete(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind is not worth failing the evaluation for
        }
    }

    /** Plain HanLP keyword extraction per note: concepts only, no relations. */
    static EvalGraph baseline(List<NoteSource> notes, int perNote) {
        var words = new LinkedHashSet<String>();
        notes.forEach(n -> words.addAll(HanLP.extractKeyword(n.text(), perNote)));
        var concepts = new ArrayList<ConceptNode>();
        words.forEach(w -> concepts.add(new ConceptNode(ConceptIds.of(w), w, List.of(), Optional.empty(), "", 1, 1)));
        return EvalGraph.conceptsOnly(concepts);
    }

    static List<NoteSource> read(Path dir) {
        try {
            return new NoteReader().read(dir).sources();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
