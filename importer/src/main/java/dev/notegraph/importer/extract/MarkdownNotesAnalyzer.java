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
        // flexmark's parser is thread-safe and each note parses alone: use the cores, keep the input order
        var outcomes = sources.parallelStream().map(this::parse).toList();
        for (int i = 0; i < sources.size(); i++) {
            var source = sources.get(i);
            var outcome = outcomes.get(i);
            if (outcome instanceof ParsedNote note) {
                parsed.add(note);
                bySource.put(source.path(), source);
            } else {
                problems.add(new NoteProblem(source.path(), "could not parse the Markdown: " + outcome));
            }
        }
        long parsedAt = System.nanoTime();
        var graph = extract(parsed, bySource, problems);
        long done = System.nanoTime();
        return new Analysis(
                graph, List.copyOf(problems), Duration.ofNanos(parsedAt - start), Duration.ofNanos(done - parsedAt));
    }

    /** The parsed note, or the failure's message. */
    private Object parse(NoteSource source) {
        try {
            return parser.parse(source.path(), source.text());
        } catch (RuntimeException e) {
            return String.valueOf(e.getMessage());
        }
    }

    /** The candidates found, or the failure as text. */
    private static Object find(CandidateFinder finder, ParsedNote note) {
        try {
            return finder.find(note);
        } catch (RuntimeException e) {
            return e.toString();
        }
    }

    private KnowledgeGraph extract(List<ParsedNote> all, Map<String, NoteSource> sources, List<NoteProblem> problems) {
        var finder = new CandidateFinder();
        var candidates = new ArrayList<Candidate>();
        var aliases = new ArrayList<AliasPair>();
        var notes = new ArrayList<ParsedNote>();
        // find() keeps no state between notes; the segmenter (prose) is not used here
        var outcomes = all.parallelStream().map(note -> find(finder, note)).toList();
        for (int i = 0; i < all.size(); i++) {
            var note = all.get(i);
            if (outcomes.get(i) instanceof CandidateFinder.Found found) {
                candidates.addAll(found.candidates());
                aliases.addAll(found.aliases());
                notes.add(note);
            } else {
                problems.add(new NoteProblem(note.path(), "could not extract terms: " + outcomes.get(i)));
            }
        }
        var words = lexicon.entries().stream().map(Lexicon.Entry::name).collect(Collectors.toSet());
        candidates.stream()
                .map(Candidate::form)
                .distinct()
                .filter(TermShape::notClause)
                .forEach(words::add);
        finder.addWords(words);
        // segmenting is the slow part and HanLP's segmenter is thread-safe: use the cores
        notes.parallelStream().map(finder::prose).toList().forEach(candidates::addAll);
        var usage = notes.stream().collect(Collectors.toMap(ParsedNote::path, NoteUsage::new, (a, b) -> a));
        var table = new ConceptMerger(lexicon, usage).merge(candidates, aliases);
        return new GraphAssembler(table, sources).assemble(notes);
    }
}
