package dev.notegraph.importer.extract;

import dev.notegraph.importer.model.ConceptEdge;
import dev.notegraph.schema.ConceptRelation;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Keeps PREREQUISITE_OF acyclic: inside each strongly connected component edges are added strongest first
 * and one that would close a cycle is dropped, so every cycle loses its weakest link. Edges between components
 * are never on a cycle and stay.
 */
final class CycleBreaker {

    private static final int LISTED = 20;

    record Result(List<ConceptEdge> edges, List<String> warnings) {}

    static Result breakCycles(List<ConceptEdge> edges) {
        var prerequisites = edges.stream()
                .filter(e -> e.type() == ConceptRelation.PREREQUISITE_OF)
                .toList();
        var component = Components.of(prerequisites);
        var inside = prerequisites.stream()
                .filter(e -> component.get(e.source()).equals(component.get(e.target())))
                .sorted(Comparator.comparingDouble(ConceptEdge::confidence)
                        .reversed()
                        .thenComparing(ConceptEdge::source)
                        .thenComparing(ConceptEdge::target))
                .toList();
        var graph = new HashMap<String, Set<String>>();
        var dropped = new HashSet<ConceptEdge>();
        var warnings = new ArrayList<String>();
        for (var edge : inside) {
            if (reaches(graph, edge.target(), edge.source())) {
                dropped.add(edge);
                if (warnings.size() < LISTED) {
                    warnings.add("prerequisite cycle broken: dropped " + edge.source() + " -> " + edge.target()
                            + " (confidence " + edge.confidence() + ")");
                }
            } else {
                graph.computeIfAbsent(edge.source(), k -> new HashSet<>()).add(edge.target());
            }
        }
        if (dropped.size() > LISTED) {
            warnings.add("prerequisite cycles: " + dropped.size() + " edges dropped in all");
        }
        var kept = edges.stream().filter(e -> !dropped.contains(e)).toList();
        return new Result(kept, warnings);
    }

    private static boolean reaches(Map<String, Set<String>> graph, String from, String to) {
        var seen = new HashSet<String>();
        var stack = new ArrayDeque<String>();
        stack.push(from);
        while (!stack.isEmpty()) {
            var node = stack.pop();
            if (node.equals(to)) {
                return true;
            }
            if (seen.add(node)) {
                graph.getOrDefault(node, Set.of()).forEach(stack::push);
            }
        }
        return false;
    }
}
