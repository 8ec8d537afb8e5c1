package dev.notegraph.importer.eval;

import com.hankcs.hanlp.HanLP;
import dev.notegraph.importer.extract.MarkdownNotesAnalyzer;
import dev.notegraph.importer.model.ConceptNode;
import dev.notegraph.importer.model.KnowledgeGraph;
import dev.notegraph.importer.source.NoteSource;
import dev.notegraph.schema.ConceptIds;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** Runs the analyzer and the keyword baselines on a notes folder and scores them; the CLI's eval command. */
public final class Evaluation {

    private Evaluation() {}

    /** Analyzes every file under {@code notesDir} and scores it against {@code goldFile}. */
    public static EvalReport run(Path notesDir, Path goldFile) {
        var gold = GoldStandard.load(goldFile);
        var notes = read(notesDir);
        var scorer = new Scorer(gold);
        // the baseline first: the analyzer adds domain words to HanLP's global dictionary
        var baselines = List.of(
                scorer.score("hanlp-keywords-50", baseline(notes, 50)),
                scorer.score("hanlp-keywords-200", baseline(notes, 200)));
        long start = System.nanoTime();
        var analysis = new MarkdownNotesAnalyzer().analyze(notes);
        var took = Duration.ofNanos(System.nanoTime() - start);
        var ours = scorer.score("notegraph", analysis.graph());
        return new EvalReport(ours, baselines, took);
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
