package dev.notegraph.importer.extract;

import dev.notegraph.importer.model.Evidence;
import dev.notegraph.schema.ConceptRelation;
import java.util.List;
import java.util.regex.Pattern;

/** Aspects named by their whole: {@code epoll的惊群问题} (method genitive), {@code tcp 三次握手} (method modifier). */
final class GenitiveRelations {

    private static final int SHORT_LINE = 30;
    private static final Pattern ENUMERATION = Pattern.compile("\\s*[，、,和与及]\\s*");

    private final EdgeCollector edges;
    private final List<ConceptTable.Concept> concepts;

    GenitiveRelations(EdgeCollector edges, List<ConceptTable.Concept> concepts) {
        this.edges = edges;
        this.concepts = concepts;
    }

    /**
     * "A的B": B is an aspect of A (epoll的惊群问题, TCP的三次握手), learned after it. In a heading-like short line
     * a Latin name right before a Chinese one modifies it the same way ("tcp 三次握手", "Linux 进程").
     */
    void add(List<FormTrie.Hit> hits, String clause, Evidence evidence) {
        for (int i = 0; i + 1 < hits.size(); i++) {
            var a = hits.get(i);
            var b = hits.get(i + 1);
            if (b.start() <= a.end()) {
                continue;
            }
            var between = clause.substring(a.end(), b.start()).strip();
            if (between.equals("的")) {
                edges.add(ConceptRelation.PREREQUISITE_OF, id(a), id(b), weight("genitive"), "genitive", evidence);
            } else if (between.isEmpty() && clause.strip().length() <= SHORT_LINE && modifies(clause, a, b)) {
                // the modifier carries over an enumeration: "tcp 三次握手，四次挥手"
                for (int j = i + 1; j < hits.size() && modifies(clause, a, hits.get(j)); j++) {
                    var gap =
                            clause.substring(hits.get(j - 1).end(), hits.get(j).start());
                    if (j > i + 1 && !ENUMERATION.matcher(gap).matches()) {
                        break;
                    }
                    edges.add(
                            ConceptRelation.PREREQUISITE_OF,
                            id(a),
                            id(hits.get(j)),
                            weight("modifier"),
                            "modifier",
                            evidence);
                }
            }
        }
    }

    private static boolean modifies(String clause, FormTrie.Hit a, FormTrie.Hit b) {
        return a.start() < a.end()
                && TermFilter.cjkCount(clause.substring(a.start(), a.end())) == 0
                && TermFilter.cjkCount(clause.substring(b.start(), b.end())) > 0;
    }

    private static double weight(String kind) {
        return RelationCues.weight(kind, ConceptRelation.PREREQUISITE_OF);
    }

    private String id(FormTrie.Hit hit) {
        return concepts.get(hit.concept()).id();
    }
}
