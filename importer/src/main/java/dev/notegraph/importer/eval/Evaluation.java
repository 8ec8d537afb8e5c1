package dev.notegraph.importer.eval;

import com.hankcs.hanlp.HanLP;
import dev.notegraph.importer.ImportListener;
import dev.notegraph.importer.Importer;
import dev.notegraph.importer.extract.MarkdownNotesAnalyzer;
import dev.notegraph.importer.model.ConceptNode;
import dev.notegraph.importer.model.KnowledgeGraph;
import dev.notegraph.importer.source.NoteSource;
import dev.notegraph.schema.ConceptIds;
import dev.notegraph.schema.EmbeddedNeo4j;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Logging;

/** Runs the analyzer and the keyword baselines on a notes folder and scores them; the CLI's eval command. */
public final class Evaluation {

    private Evaluation() {}

    /**
     * Imports every note under {@code notesDir} into a fresh embedded Neo4j, reads the graph back as the backend
     * would, and scores it against {@code goldFile} beside the keyword baselines.
     */
    public static EvalReport run(Path notesDir, Path goldFile) {
        var gold = GoldStandard.load(goldFile);
        var scorer = new Scorer(gold);
        var baselines = baselines(scorer, read(notesDir));
        Path store = null;
        try {
            store = Files.createTempDirectory("notegraph-eval");
            try (var neo4j = EmbeddedNeo4j.start(store);
                    var driver = GraphDatabase.driver(neo4j.boltUri(), AuthTokens.none(), quiet())) {
                var summary = new Importer(driver, new MarkdownNotesAnalyzer())
                        .importFolder(notesDir, new ImportListener() {});
                var took = summary.timings().parsing().plus(summary.timings().extraction());
                return new EvalReport(scorer.score("notegraph", StoredGraph.read(driver)), baselines, took);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            delete(store);
        }
    }

    /** Like {@link #run} on the analyzer's graph in memory, without a database: for quick measuring. */
    static EvalReport runInMemory(Path notesDir, Path goldFile) {
        var gold = GoldStandard.load(goldFile);
        var notes = read(notesDir);
        var scorer = new Scorer(gold);
        var baselines = baselines(scorer, notes);
        long start = System.nanoTime();
        var analysis = new MarkdownNotesAnalyzer().analyze(notes);
        var took = Duration.ofNanos(System.nanoTime() - start);
        var ours = scorer.score("notegraph", analysis.graph());
        return new EvalReport(ours, baselines, took);
    }

    private static List<Figures> baselines(Scorer scorer, List<NoteSource> notes) {
        // the baseline first: the analyzer adds domain words to HanLP's global dictionary
        return List.of(
                scorer.score("hanlp-keywords-50", baseline(notes, 50)),
                scorer.score("hanlp-keywords-200", baseline(notes, 200)));
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
    static KnowledgeGraph baseline(List<NoteSource> notes, int perNote) {
        var words = new LinkedHashSet<String>();
        notes.forEach(n -> words.addAll(HanLP.extractKeyword(n.text(), perNote)));
        var concepts = new ArrayList<ConceptNode>();
        words.forEach(w -> concepts.add(new ConceptNode(ConceptIds.of(w), w, List.of(), Optional.empty(), "", 1, 1)));
        return new KnowledgeGraph(List.of(), concepts, List.of(), List.of());
    }

    static List<NoteSource> read(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            var out = new ArrayList<NoteSource>();
            for (var file : files.filter(Files::isRegularFile).sorted().toList()) {
                var bytes = Files.readAllBytes(file);
                var path = dir.relativize(file).toString().replace('\\', '/');
                out.add(new NoteSource(
                        path, new String(bytes, StandardCharsets.UTF_8), ConceptIds.shortHash(path), bytes.length));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
