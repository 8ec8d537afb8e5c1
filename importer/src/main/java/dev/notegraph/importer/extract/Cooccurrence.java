package dev.notegraph.importer.extract;

import dev.notegraph.importer.model.Evidence;
import dev.notegraph.schema.ConceptRelation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * RELATED_TO from section co-occurrence, weighted by normalised PMI; only each concept's top-k partners are
 * kept, so a large corpus does not produce all pairs.
 */
final class Cooccurrence {

    private static final int TOP_K = 12;
    private static final int MAX_PER_SECTION = 40;

    private record Pair(int a, int b) {}

    private final List<ConceptTable.Concept> concepts;
    private final Map<Pair, Integer> together = new HashMap<>();
    private final Map<Pair, Evidence> where = new HashMap<>();
    private final Map<Integer, Integer> alone = new HashMap<>();
    private int sections;

    Cooccurrence(List<ConceptTable.Concept> concepts) {
        this.concepts = concepts;
    }

    void add(SectionMentions section) {
        var ids = section.mentions().keySet().stream().limit(MAX_PER_SECTION).toList();
        if (ids.isEmpty()) {
            return;
        }
        sections++;
        for (int i = 0; i < ids.size(); i++) {
            alone.merge(ids.get(i), 1, Integer::sum);
            for (int j = i + 1; j < ids.size(); j++) {
                var pair =
                        ids.get(i) < ids.get(j) ? new Pair(ids.get(i), ids.get(j)) : new Pair(ids.get(j), ids.get(i));
                together.merge(pair, 1, Integer::sum);
                var m = section.mentions().get(ids.get(j));
                where.putIfAbsent(pair, new Evidence(section.note(), m.line(), m.text()));
            }
        }
    }

    /** A kept pair, a < b, with where they meet. */
    record Kept(int a, int b, Evidence evidence) {}

    /** Emits the kept RELATED_TO edges and returns their pairs. */
    List<Kept> emit(EdgeCollector edges) {
        int minCount = sections > 2000 ? 2 : 1;
        var best = new HashMap<Integer, List<Map.Entry<Pair, Double>>>();
        together.forEach((pair, count) -> {
            if (count < minCount) {
                return;
            }
            double npmi = npmi(count, alone.get(pair.a()), alone.get(pair.b()));
            if (npmi > 0.05) {
                var entry = Map.entry(pair, npmi);
                best.computeIfAbsent(pair.a(), k -> new ArrayList<>()).add(entry);
                best.computeIfAbsent(pair.b(), k -> new ArrayList<>()).add(entry);
            }
        });
        var kept = new HashMap<Pair, Double>();
        best.values().forEach(list -> list.stream()
                .sorted(Map.Entry.<Pair, Double>comparingByValue()
                        .reversed()
                        .thenComparing(e -> e.getKey().a())
                        .thenComparing(e -> e.getKey().b()))
                .limit(TOP_K)
                .forEach(e -> kept.put(e.getKey(), e.getValue())));
        var pairs = new ArrayList<Kept>();
        kept.forEach((pair, npmi) -> {
            var a = concepts.get(pair.a()).id();
            var b = concepts.get(pair.b()).id();
            edges.add(ConceptRelation.RELATED_TO, a, b, npmi, "npmi", where.get(pair));
            edges.weigh(ConceptRelation.RELATED_TO, a, b, npmi);
            pairs.add(new Kept(pair.a(), pair.b(), where.get(pair)));
        });
        return pairs;
    }

    private double npmi(int both, int a, int b) {
        double n = sections;
        double pxy = both / n;
        if (pxy >= 1.0) {
            return 1.0;
        }
        return Math.log(pxy / ((a / n) * (b / n))) / -Math.log(pxy);
    }
}
