package dev.notegraph.importer.eval;

import dev.notegraph.importer.extract.MarkdownNotesAnalyzer;
import dev.notegraph.importer.model.ConceptNode;
import dev.notegraph.importer.model.MentionEdge;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A seeded random sample of the concepts a folder yields, each with the line that first mentions it, for judging
 * precision by hand against a rubric: the labels measure recall, only a judged sample measures what else comes back.
 */
public final class ConceptSample {

    /** One sampled concept and where a judge can see it used. */
    public record Item(String name, List<String> aliases, String note, int line, String text) {}

    private ConceptSample() {}

    public static List<Item> draw(Path notesDir, int size, long seed) {
        var graph =
                new MarkdownNotesAnalyzer().analyze(Evaluation.read(notesDir)).graph();
        var firstMention = new HashMap<String, Map.Entry<String, MentionEdge>>();
        graph.notes().forEach(note -> note.mentions()
                .forEach(m -> firstMention.putIfAbsent(m.conceptId(), Map.entry(note.path(), m))));
        var concepts = new ArrayList<>(graph.concepts());
        concepts.sort(Comparator.comparing(ConceptNode::id));
        Collections.shuffle(concepts, new Random(seed));
        return concepts.stream()
                .limit(size)
                .map(c -> item(c, firstMention.get(c.id())))
                .toList();
    }

    private static Item item(ConceptNode concept, Map.Entry<String, MentionEdge> mention) {
        return mention == null
                ? new Item(concept.name(), concept.aliases(), "", 0, "")
                : new Item(
                        concept.name(),
                        concept.aliases(),
                        mention.getKey(),
                        mention.getValue().line(),
                        mention.getValue().text());
    }
}
