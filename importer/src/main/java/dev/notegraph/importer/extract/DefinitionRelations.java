package dev.notegraph.importer.extract;

import dev.notegraph.importer.model.Evidence;
import dev.notegraph.schema.ConceptRelation;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A sentence that defines a term explains it with the terms it uses: {@code **平衡二叉树** 是一棵二叉搜索树…} needs
 * 二叉搜索树 first, and so does {@code …则这个二叉树就是满二叉树} need 二叉树. The defined term is the sentence's
 * subject before a definition cue, or the term that closes it after a naming cue.
 */
final class DefinitionRelations {

    static final String METHOD = "definition";
    private static final double CONFIDENCE = 0.6;
    private static final int SUBJECT_SLACK = 2;
    private static final Pattern CLOSING = Pattern.compile("[\\s*`“”\"'。.!！：:]*$");

    private final EdgeCollector edges;
    private final List<ConceptTable.Concept> concepts;

    DefinitionRelations(EdgeCollector edges, List<ConceptTable.Concept> concepts) {
        this.edges = edges;
        this.concepts = concepts;
    }

    void add(String clause, List<FormTrie.Hit> hits, Evidence evidence) {
        var defined = defined(clause, hits);
        if (defined == null) {
            return;
        }
        for (var hit : hits) {
            if (hit.concept() != defined.concept() && (hit.end() <= defined.start() || hit.start() >= defined.end())) {
                edges.add(ConceptRelation.PREREQUISITE_OF, id(hit), id(defined), CONFIDENCE, METHOD, evidence);
            }
        }
    }

    private static FormTrie.Hit defined(String clause, List<FormTrie.Hit> hits) {
        var first = hits.get(0);
        if (first.start() <= SUBJECT_SLACK && first.end() > first.start()) {
            if (Definitions.definedAfter(clause.substring(first.end()))) {
                return first;
            }
        }
        var last = hits.get(hits.size() - 1);
        var before = clause.substring(0, last.start()).stripTrailing();
        boolean closes = CLOSING.matcher(clause.substring(last.end())).matches();
        return closes && Definitions.namesNext(before) ? last : null;
    }

    private String id(FormTrie.Hit hit) {
        return concepts.get(hit.concept()).id();
    }
}
