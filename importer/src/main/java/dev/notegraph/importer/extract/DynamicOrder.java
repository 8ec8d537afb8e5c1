package dev.notegraph.importer.extract;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A DAG that refuses edges closing a cycle, kept in topological order as edges arrive (Pearce and Kelly
 * 2006): an edge that agrees with the order is accepted at once, and otherwise only the nodes between its ends
 * in the order are searched. Replaces one full reachability search per edge, which was the analyzer's slowest
 * step on a large corpus.
 */
final class DynamicOrder {

    private final int[] ord;
    private final List<List<Integer>> out = new ArrayList<>();
    private final List<List<Integer>> in = new ArrayList<>();
    private final int[] mark;
    private int stamp;

    /** Nodes 0..n-1, initially ordered by {@code initial} (any order is correct; a good one is faster). */
    DynamicOrder(int n, int[] initial) {
        ord = new int[n];
        for (int i = 0; i < n; i++) {
            ord[initial[i]] = i;
            out.add(new ArrayList<>(2));
            in.add(new ArrayList<>(2));
        }
        mark = new int[n];
    }

    /** Adds u -> v unless it would close a cycle; tells whether it was added. */
    boolean add(int u, int v) {
        if (u == v) {
            return false;
        }
        if (ord[u] > ord[v]) {
            var forward = new ArrayList<Integer>();
            if (!search(v, ord[u], true, forward, u)) {
                return false;
            }
            var backward = new ArrayList<Integer>();
            search(u, ord[v], false, backward, -1);
            reorder(backward, forward);
        }
        out.get(u).add(v);
        in.get(v).add(u);
        return true;
    }

    /**
     * A shortest path of accepted edges from {@code from} to {@code to}, both ends included; empty if none. Only
     * nodes ordered between the two can be on such a path, so the search stays inside that range.
     */
    List<Integer> path(int from, int to) {
        if (from == to) {
            return List.of(from);
        }
        stamp++;
        var previous = new HashMap<Integer, Integer>();
        var queue = new ArrayDeque<Integer>();
        queue.add(from);
        mark[from] = stamp;
        while (!queue.isEmpty()) {
            int node = queue.remove();
            for (int next : out.get(node)) {
                if (mark[next] != stamp && ord[next] <= ord[to]) {
                    mark[next] = stamp;
                    previous.put(next, node);
                    if (next == to) {
                        return walkBack(previous, from, to);
                    }
                    queue.add(next);
                }
            }
        }
        return List.of();
    }

    private static List<Integer> walkBack(Map<Integer, Integer> previous, int from, int to) {
        var path = new ArrayList<Integer>();
        for (int node = to; node != from; node = previous.get(node)) {
            path.add(node);
        }
        path.add(from);
        Collections.reverse(path);
        return path;
    }

    /** Depth-first within the affected range; false when {@code stop} is reached (a cycle). */
    private boolean search(int from, int bound, boolean forward, List<Integer> seen, int stop) {
        stamp++;
        var stack = new ArrayList<Integer>();
        stack.add(from);
        mark[from] = stamp;
        while (!stack.isEmpty()) {
            int node = stack.remove(stack.size() - 1);
            seen.add(node);
            for (int next : forward ? out.get(node) : in.get(node)) {
                if (next == stop) {
                    return false;
                }
                boolean inRange = forward ? ord[next] < bound : ord[next] > bound;
                if (inRange && mark[next] != stamp) {
                    mark[next] = stamp;
                    stack.add(next);
                }
            }
        }
        return true;
    }

    private void reorder(List<Integer> backward, List<Integer> forward) {
        Comparator<Integer> byOrd = Comparator.comparingInt(n -> ord[n]);
        backward.sort(byOrd);
        forward.sort(byOrd);
        var nodes = new ArrayList<Integer>(backward);
        nodes.addAll(forward);
        int[] slots = nodes.stream().mapToInt(n -> ord[n]).toArray();
        Arrays.sort(slots);
        for (int i = 0; i < slots.length; i++) {
            ord[nodes.get(i)] = slots[i];
        }
    }
}
