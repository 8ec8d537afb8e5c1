package dev.notegraph.explorer.studypath;

import dev.notegraph.explorer.concept.EdgeView;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * Orders prerequisites so each comes before what needs it (Kahn's algorithm over edges indexed by source, so
 * linear in the edges), ties broken by name so the order is stable. The target always comes last; concepts caught in a cycle (the extractor breaks cycles,
 * but a hand-edited graph may have one) follow the ordered ones rather than vanish.
 */
final class StudyOrder {

    private StudyOrder() {}

    /**
     * @param target the concept to learn
     * @param concepts every concept in the plan, target included
     * @param edges prerequisite edges among them ({@code source} before {@code target})
     * @param names display names, for tie-breaking
     */
    static List<String> of(String target, Set<String> concepts, List<EdgeView> edges, Map<String, String> names) {
        var indegree = new HashMap<String, Integer>();
        concepts.forEach(c -> indegree.put(c, 0));
        var bySource = new HashMap<String, List<EdgeView>>();
        edges.forEach(e -> {
            indegree.merge(e.target(), 1, Integer::sum);
            bySource.computeIfAbsent(e.source(), k -> new ArrayList<>()).add(e);
        });
        var byName = Comparator.<String, String>comparing(id -> names.getOrDefault(id, id))
                .thenComparing(Comparator.naturalOrder());
        var ready = new PriorityQueue<>(byName);
        indegree.forEach((id, n) -> {
            if (n == 0 && !id.equals(target)) {
                ready.add(id);
            }
        });
        var order = new LinkedHashSet<String>();
        while (!ready.isEmpty()) {
            var next = ready.poll();
            order.add(next);
            for (var e : bySource.getOrDefault(next, List.of())) {
                if (indegree.merge(e.target(), -1, Integer::sum) == 0) {
                    if (!e.target().equals(target)) {
                        ready.add(e.target());
                    }
                }
            }
        }
        var rest = new ArrayList<>(concepts);
        rest.removeAll(order);
        rest.remove(target);
        rest.sort(byName);
        order.addAll(rest);
        order.add(target);
        return List.copyOf(order);
    }
}
