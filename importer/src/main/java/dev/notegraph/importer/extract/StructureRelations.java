package dev.notegraph.importer.extract;

import dev.notegraph.importer.model.Evidence;
import dev.notegraph.importer.parse.ParsedNote;
import dev.notegraph.importer.parse.ParsedSection;
import dev.notegraph.schema.ConceptRelation;
import java.util.List;

/**
 * Relations from the heading tree: a heading's concepts are subtopics of its parent heading's, learned after
 * it when they narrow it and before it when they are its parts; a heading that compares (区别, 对比, vs) or lists peers (A、B / A和B) contrasts its concepts.
 */
final class StructureRelations {

    private static final java.util.regex.Pattern PEERS =
            java.util.regex.Pattern.compile(".*[、/和与及]|.*\\bvs\\b.*|.*[、/和与].*");

    private final List<ConceptTable.Concept> concepts;
    private final EdgeCollector edges;

    StructureRelations(List<ConceptTable.Concept> concepts, EdgeCollector edges) {
        this.concepts = concepts;
        this.edges = edges;
    }

    void add(ParsedNote note, List<SectionMentions> mentions) {
        for (var section : note.sections()) {
            if (section.order() == 0) {
                continue;
            }
            var own = headingConcepts(mentions.get(section.order()));
            var evidence = new Evidence(note.path(), section.line(), section.heading());
            contrasts(section, own, evidence);
            var parent = note.sections().get(section.parentOrder());
            if (parent.order() == 0) {
                continue;
            }
            for (var parentConcept : headingConcepts(mentions.get(parent.order()))) {
                for (var child : own) {
                    if (!own.contains(parentConcept)) {
                        var ev =
                                new Evidence(note.path(), section.line(), parent.heading() + " > " + section.heading());
                        edges.add(ConceptRelation.SUBTOPIC_OF, id(child), id(parentConcept), 0.6, "heading-tree", ev);
                        prerequisite(parentConcept, child, ev);
                    }
                }
            }
        }
    }

    /**
     * The order a heading tree teaches in. A sub-heading that narrows its parent by name (二叉树 > 满二叉树) comes
     * after it; any other sub-heading explains a part or a mechanism of its parent (CopyOnWriteArrayList > 写时复制,
     * 堆排序 > 建堆), which a learner needs first.
     */
    private void prerequisite(int parent, int child, Evidence ev) {
        boolean narrows = Keys.match(concepts.get(child).name())
                .contains(Keys.match(concepts.get(parent).name()));
        int before = narrows ? parent : child;
        int after = narrows ? child : parent;
        edges.add(ConceptRelation.PREREQUISITE_OF, id(before), id(after), 0.5, "heading-tree", ev);
    }

    private void contrasts(ParsedSection section, List<Integer> own, Evidence evidence) {
        if (own.size() < 2 || own.size() > 5) {
            return;
        }
        boolean comparison = HeadingTerms.isComparison(section.heading());
        boolean peers = PEERS.matcher(section.heading()).matches();
        if (!comparison && !peers) {
            return;
        }
        for (int i = 0; i < own.size(); i++) {
            for (int j = i + 1; j < own.size(); j++) {
                // notes list peers in the order they teach them: 进程、线程、协程
                edges.add(
                        ConceptRelation.PREREQUISITE_OF,
                        id(own.get(i)),
                        id(own.get(j)),
                        0.3,
                        "heading-order",
                        evidence);
                edges.add(
                        ConceptRelation.CONTRASTS_WITH,
                        id(own.get(i)),
                        id(own.get(j)),
                        comparison ? 0.85 : 0.5,
                        comparison ? "heading-comparison" : "heading-peers",
                        evidence);
            }
        }
    }

    private static List<Integer> headingConcepts(SectionMentions section) {
        return section.mentions().entrySet().stream()
                .filter(e -> e.getValue().inHeading())
                .map(java.util.Map.Entry::getKey)
                .toList();
    }

    private String id(int concept) {
        return concepts.get(concept).id();
    }
}
