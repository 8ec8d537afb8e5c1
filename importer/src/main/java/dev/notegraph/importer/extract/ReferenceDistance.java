package dev.notegraph.importer.extract;

import dev.notegraph.schema.ConceptRelation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * PREREQUISITE_OF by reference distance (RefD, Liang et al. 2015) over the notes: A comes before B when the
 * sections that explain B refer to A much more often than those that explain A refer to B. A section explains
 * a concept when its heading names it or it mentions the concept repeatedly.
 */
final class ReferenceDistance {

    private static final double THRESHOLD = 0.3;
    private static final int MAX_PER_SECTION = 40;
    private static final int FULL_SUPPORT = 3;

    private final List<ConceptTable.Concept> concepts;
    private final Map<Integer, List<Set<Integer>>> explaining = new HashMap<>();

    ReferenceDistance(List<ConceptTable.Concept> concepts) {
        this.concepts = concepts;
    }

    void add(SectionMentions section, Set<Integer> headingConcepts) {
        var present = new HashSet<Integer>();
        section.mentions().keySet().stream().limit(MAX_PER_SECTION).forEach(present::add);
        present.addAll(headingConcepts);
        section.mentions().forEach((concept, m) -> {
            if (m.inHeading() || m.count() >= 2 || headingConcepts.contains(concept)) {
                explaining.computeIfAbsent(concept, k -> new ArrayList<>()).add(present);
            }
        });
    }

    /** Orders the given co-occurring pairs; other pairs are too loosely connected to judge. */
    void emit(List<Cooccurrence.Kept> pairs, EdgeCollector edges) {
        for (var pair : pairs) {
            double refd = refers(pair.b(), pair.a()) - refers(pair.a(), pair.b());
            if (Math.abs(refd) >= THRESHOLD) {
                int before = refd > 0 ? pair.a() : pair.b();
                int after = refd > 0 ? pair.b() : pair.a();
                // few explaining sections make the shares unreliable: scale the vote by the evidence behind it
                double confidence = Math.min(0.6, 0.2 + 0.4 * Math.abs(refd)) * support(pair.a(), pair.b());
                edges.add(
                        ConceptRelation.PREREQUISITE_OF,
                        concepts.get(before).id(),
                        concepts.get(after).id(),
                        confidence,
                        "refd",
                        pair.evidence());
            }
        }
    }

    private double support(int a, int b) {
        int n = Math.min(
                explaining.getOrDefault(a, List.of()).size(),
                explaining.getOrDefault(b, List.of()).size());
        return Math.min(1.0, n / (double) FULL_SUPPORT);
    }

    /** Share of the sections explaining {@code from} that mention {@code to}. */
    private double refers(int from, int to) {
        var sections = explaining.getOrDefault(from, List.of());
        if (sections.isEmpty()) {
            return 0.0;
        }
        return sections.stream().filter(s -> s.contains(to)).count() / (double) sections.size();
    }
}
