package dev.notegraph.importer.extract;

import dev.notegraph.importer.model.ConceptEdge;
import dev.notegraph.importer.model.Evidence;
import dev.notegraph.schema.ConceptRelation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Gathers findings into one edge per (type, source, target): noisy-or confidence, methods, top-5 evidence. */
final class EdgeCollector {

    static final int MAX_EVIDENCE = 5;

    private record Key(ConceptRelation type, String source, String target) {}

    private record Found(double confidence, Evidence evidence) {}

    private static final class Acc {
        double miss = 1.0;
        double weight;
        final Set<String> methods = new LinkedHashSet<>();
        final List<Found> evidence = new ArrayList<>();
    }

    private final Map<Key, Acc> edges = new LinkedHashMap<>();

    void add(ConceptRelation type, String source, String target, double confidence, String method, Evidence evidence) {
        if (source.equals(target) || confidence <= 0) {
            // a method with no support behind its vote says nothing
            return;
        }
        var key = type.directed() || source.compareTo(target) < 0
                ? new Key(type, source, target)
                : new Key(type, target, source);
        var acc = edges.computeIfAbsent(key, k -> new Acc());
        acc.miss *= 1.0 - confidence;
        acc.weight = Math.max(acc.weight, confidence);
        acc.methods.add(method);
        acc.evidence.add(new Found(confidence, evidence));
    }

    /** Sets the weight of an edge (for RELATED_TO, its NPMI); the edge must exist. */
    void weigh(ConceptRelation type, String a, String b, double weight) {
        var key = a.compareTo(b) < 0 || type.directed() ? new Key(type, a, b) : new Key(type, b, a);
        var acc = edges.get(key);
        if (acc != null) {
            acc.weight = weight;
        }
    }

    List<ConceptEdge> edges() {
        var out = new ArrayList<ConceptEdge>();
        edges.forEach((key, acc) -> {
            var evidence = acc.evidence.stream()
                    .sorted(Comparator.comparingDouble((Found f) -> -f.confidence())
                            .thenComparing(f -> f.evidence().note())
                            .thenComparingInt(f -> f.evidence().line()))
                    .map(Found::evidence)
                    .distinct()
                    .limit(MAX_EVIDENCE)
                    .toList();
            double confidence = round(1.0 - acc.miss);
            double weight = key.type() == ConceptRelation.RELATED_TO ? round(acc.weight) : confidence;
            out.add(new ConceptEdge(
                    key.source(), key.target(), key.type(), confidence, weight, List.copyOf(acc.methods), evidence));
        });
        return out;
    }

    private static double round(double value) {
        return Math.round(Math.max(0, Math.min(1, value)) * 1000) / 1000.0;
    }
}
