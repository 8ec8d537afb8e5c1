package dev.notegraph.importer.extract;

import dev.notegraph.importer.model.KnowledgeGraph;
import dev.notegraph.importer.parse.MarkdownParser;
import dev.notegraph.importer.parse.ParsedNote;
import dev.notegraph.importer.source.NoteProblem;
import dev.notegraph.importer.source.NoteSource;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Parses the notes with flexmark and extracts concepts (headings, bold, code, alias patterns, English terms,
 * HanLP nouns) and their relations (heading tree, cue phrases, comparisons, NPMI co-occurrence).
 */
public final class MarkdownNotesAnalyzer implements NotesAnalyzer {

    private final MarkdownParser parser = new MarkdownParser();
    private final Lexicon lexicon;

    public MarkdownNotesAnalyzer() {
        this(Lexicon.bundled());
    }

    public MarkdownNotesAnalyzer(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    @Override
    public Analysis analyze(List<NoteSource> sources) {
        long start = System.nanoTime();
        var problems = new ArrayList<NoteProblem>();
        var parsed = new ArrayList<ParsedNote>();
        var bySource = new java.util.HashMap<String, NoteSource>();
        for (var source : sources) {
            try {
                parsed.add(parser.parse(source.path(), source.text()));
                bySource.put(source.path(), source);
            } catch (RuntimeException e) {
                problems.add(new NoteProblem(source.path(), "could not parse the Markdown: " + e.getMessage()));
            }
        }
        long parsedAt = System.nanoTime();
        var graph = extract(parsed, bySource, problems);
        long done = System.nanoTime();
        return new Analysis(
                graph, List.copyOf(problems), Duration.ofNanos(parsedAt - start), Duration.ofNanos(done - parsedAt));
    }

    private KnowledgeGraph extract(List<ParsedNote> all, Map<String, NoteSource> sources, List<NoteProblem> problems) {
        var finder = new CandidateFinder();
        var candidates = new ArrayList<Candidate>();
        var aliases = new ArrayList<AliasPair>();
        var notes = new ArrayList<ParsedNote>();
        for (var note : all) {
            try {
                var found = finder.find(note);
                candidates.addAll(found.candidates());
                aliases.addAll(found.aliases());
                notes.add(note);
            } catch (RuntimeException e) {
                problems.add(new NoteProblem(note.path(), "could not extract terms: " + e));
            }
        }
        var words = lexicon.entries().stream().map(Lexicon.Entry::name).collect(Collectors.toSet());
        candidates.stream()
                .map(Candidate::form)
                .distinct()
                .filter(TermShape::ok)
                .forEach(words::add);
        ChineseTerms.addWords(words);
        // segmenting is the slow part and HanLP's segmenter is thread-safe: use the cores
        notes.parallelStream().map(finder::prose).toList().forEach(candidates::addAll);
        var table = new ConceptMerger(lexicon).merge(candidates, aliases);
        return new GraphAssembler(table, sources).assemble(notes);
    }
}
