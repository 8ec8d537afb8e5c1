package dev.notegraph.importer.extract;

import dev.notegraph.importer.model.Evidence;
import dev.notegraph.importer.parse.ParsedNote;
import dev.notegraph.importer.parse.TextBlock;
import dev.notegraph.schema.ConceptRelation;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Follows what a run of lines is about: the section's heading concept, or a label line ("**epoll**",
 * "- 生成器：") inside the section. A label is a pseudo-heading: the section's heading concepts come before
 * it (general to specific), as they do for a real subheading.
 */
final class Topics {

    // "I/O密集型程序": a short generic noun after the name still makes a label line
    private static final Pattern LABEL_REST = Pattern.compile("\\s*(\\p{IsHan}{1,2})?\\s*([:：]\\s*)?");
    private static final Pattern LIST_HEAD_REST = Pattern.compile("\\s*[:：].*");
    private static final Pattern NUMBERING = Pattern.compile("[\\d.、)）\\s-]*");

    private final FormTrie trie;
    private final List<ConceptTable.Concept> concepts;
    private final EdgeCollector edges;
    private int section = -1;
    private Integer topic;
    private boolean fromLabel;

    Topics(FormTrie trie, List<ConceptTable.Concept> concepts, EdgeCollector edges) {
        this.trie = trie;
        this.concepts = concepts;
        this.edges = edges;
    }

    /** The topic the block continues, after taking in the block. */
    Integer next(ParsedNote note, SectionMentions mentions, TextBlock block) {
        if (mentions.order() != section) {
            section = mentions.order();
            var heading = headingConcepts(mentions);
            topic = heading.size() == 1 ? heading.get(0) : null;
            fromLabel = false;
        }
        if (block.kind() == TextBlock.Kind.HEADING || block.kind() == TextBlock.Kind.TABLE) {
            return topic;
        }
        var label = label(block.text());
        if (label == null) {
            return topic;
        }
        var heading = headingConcepts(mentions);
        if (!heading.contains(label) && mentions.order() > 0) {
            var evidence = new Evidence(note.path(), block.line(), block.text());
            for (var parent : heading) {
                var from = concepts.get(parent).id();
                var to = concepts.get(label).id();
                edges.add(ConceptRelation.PREREQUISITE_OF, from, to, 0.45, "label-tree", evidence);
                edges.add(ConceptRelation.SUBTOPIC_OF, to, from, 0.5, "label-tree", evidence);
            }
        }
        topic = label;
        fromLabel = true;
        return label;
    }

    /** Whether the current topic comes from a label line rather than the heading. */
    boolean fromLabel() {
        return fromLabel;
    }

    private Integer label(String text) {
        if (text.length() > 80) {
            return null;
        }
        var hits = trie.find(text);
        if (hits.isEmpty()) {
            return null;
        }
        var first = hits.get(0);
        if (!NUMBERING.matcher(text.substring(0, first.start())).matches()) {
            return null;
        }
        var rest = text.substring(first.end());
        boolean label = LABEL_REST.matcher(rest).matches()
                || LIST_HEAD_REST.matcher(rest).matches();
        return label ? first.concept() : null;
    }

    private static List<Integer> headingConcepts(SectionMentions section) {
        return section.mentions().entrySet().stream()
                .filter(e -> e.getValue().inHeading())
                .map(java.util.Map.Entry::getKey)
                .toList();
    }
}
