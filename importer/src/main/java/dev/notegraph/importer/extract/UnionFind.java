package dev.notegraph.importer.extract;

import java.util.HashMap;
import java.util.Map;

/** Disjoint sets of strings; the representative is the smallest member, so results are deterministic. */
final class UnionFind {

    private final Map<String, String> parent = new HashMap<>();

    void add(String key) {
        parent.putIfAbsent(key, key);
    }

    String find(String key) {
        add(key);
        var root = key;
        while (!parent.get(root).equals(root)) {
            root = parent.get(root);
        }
        var node = key;
        while (!node.equals(root)) {
            var next = parent.get(node);
            parent.put(node, root);
            node = next;
        }
        return root;
    }

    void union(String a, String b) {
        if (a.isEmpty() || b.isEmpty()) {
            return;
        }
        var ra = find(a);
        var rb = find(b);
        if (!ra.equals(rb)) {
            if (ra.compareTo(rb) < 0) {
                parent.put(rb, ra);
            } else {
                parent.put(ra, rb);
            }
        }
    }
}
