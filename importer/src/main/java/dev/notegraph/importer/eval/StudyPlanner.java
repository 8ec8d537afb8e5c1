package dev.notegraph.importer.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * The backend's study-path rule ({@code studypath.StudyPlanner}), here to measure what a learner gets from the
 * stored graph: walk PREREQUISITE_OF edges at or above a confidence floor back from the target, strongest
 * chain first (chain strength = product of confidences), at most {@code maxDepth} hops and {@code maxSteps}
 * concepts, never through a known concept. The two copies must agree; the backend cannot depend on the importer.
 */
final class StudyPlanner {

    static final double MIN_CONFIDENCE = 0.5;
    static final int MAX_DEPTH = 4;
    static final int MAX_STEPS = 15;
    static final int FAN_IN = 4;

    /** A prerequisite edge: study {@code source} before {@code target}. */
    record Edge(String source, String target, double confidence) {}

    private record Reach(String id, double strength, int depth) {}

    private final Map<String, List<Edge>> incoming = new HashMap<>();

    StudyPlanner(List<Edge> edges) {
        edges.stream().filter(e -> e.confidence() >= MIN_CONFIDENCE).forEach(e -> incoming.computeIfAbsent(
                        e.target(), k -> new ArrayList<>())
                .add(e));
        incoming.values()
                .forEach(list -> list.sort(
                        Comparator.comparingDouble(Edge::confidence).reversed().thenComparing(Edge::source)));
    }

    /** The concepts on the study path to {@code target}, target included; the order is not the study order. */
    Set<String> select(String target, Set<String> known) {
        var best = new HashMap<String, Double>(Map.of(target, 1.0));
        var queue = new PriorityQueue<Reach>(
                Comparator.comparingDouble((Reach r) -> -r.strength()).thenComparing(Reach::id));
        queue.add(new Reach(target, 1.0, 0));
        var chosen = new LinkedHashSet<String>();
        while (!queue.isEmpty() && chosen.size() < MAX_STEPS) {
            var next = queue.poll();
            if (!chosen.add(next.id()) || next.depth() == MAX_DEPTH) {
                continue;
            }
            for (var edge : incoming.getOrDefault(next.id(), List.of()).stream()
                    .limit(FAN_IN)
                    .toList()) {
                double strength = next.strength() * edge.confidence();
                if (!known.contains(edge.source())
                        && !chosen.contains(edge.source())
                        && strength > best.getOrDefault(edge.source(), 0.0)) {
                    best.put(edge.source(), strength);
                    queue.add(new Reach(edge.source(), strength, next.depth() + 1));
                }
            }
        }
        return chosen;
    }
}
