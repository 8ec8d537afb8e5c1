package dev.notegraph.importer.extract;

import dev.notegraph.importer.model.ConceptEdge;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Strongly connected components (iterative Tarjan), so cycle breaking only looks where cycles can be. */
final class Components {

    private Components() {}

    /** Each node's component number. */
    static Map<String, Integer> of(List<ConceptEdge> edges) {
        var graph = new HashMap<String, List<String>>();
        for (var e : edges) {
            graph.computeIfAbsent(e.source(), k -> new ArrayList<>()).add(e.target());
            graph.computeIfAbsent(e.target(), k -> new ArrayList<>());
        }
        var index = new HashMap<String, Integer>();
        var low = new HashMap<String, Integer>();
        var onStack = new HashMap<String, Boolean>();
        var stack = new ArrayDeque<String>();
        var component = new HashMap<String, Integer>();
        int[] counter = {0, 0};
        for (var root : graph.keySet().stream().sorted().toList()) {
            if (index.containsKey(root)) {
                continue;
            }
            var work = new ArrayDeque<Object[]>();
            work.push(new Object[] {root, 0});
            while (!work.isEmpty()) {
                var frame = work.peek();
                var node = (String) frame[0];
                int next = (Integer) frame[1];
                if (next == 0 && !index.containsKey(node)) {
                    index.put(node, counter[0]);
                    low.put(node, counter[0]++);
                    stack.push(node);
                    onStack.put(node, true);
                }
                var out = graph.get(node);
                if (next < out.size()) {
                    frame[1] = next + 1;
                    var w = out.get(next);
                    if (!index.containsKey(w)) {
                        work.push(new Object[] {w, 0});
                    } else if (onStack.getOrDefault(w, false)) {
                        low.put(node, Math.min(low.get(node), index.get(w)));
                    }
                    continue;
                }
                work.pop();
                if (!work.isEmpty()) {
                    var parent = (String) work.peek()[0];
                    low.put(parent, Math.min(low.get(parent), low.get(node)));
                }
                if (low.get(node).equals(index.get(node))) {
                    String w;
                    do {
                        w = stack.pop();
                        onStack.put(w, false);
                        component.put(w, counter[1]);
                    } while (!w.equals(node));
                    counter[1]++;
                }
            }
        }
        return component;
    }
}
