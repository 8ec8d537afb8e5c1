package dev.notegraph.importer.topics;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;

/** Turns communities into topics: each named after its most central concept, with link weights per concept. */
final class TopicAssignment {

    // A community of one concept is no topic: the concept simply has none.
    static final int MIN_SIZE = 2;

    private TopicAssignment() {}

    static List<Placement> place(WeightedGraph graph, int[] community) {
        var n = graph.ids().size();
        var inside = new double[n];
        var across = new double[n];
        var sizes = new HashMap<Integer, Integer>();
        for (var c : community) {
            sizes.merge(c, 1, Integer::sum);
        }
        for (var link : graph.links()) {
            var same = community[link.a()] == community[link.b()];
            var sums = same ? inside : across;
            sums[link.a()] += link.weight();
            sums[link.b()] += link.weight();
        }
        var central = centralMembers(community, inside);
        var placements = new ArrayList<Placement>(n);
        for (var i = 0; i < n; i++) {
            var topic = sizes.get(community[i]) >= MIN_SIZE ? graph.ids().get(central.get(community[i])) : null;
            placements.add(new Placement(graph.ids().get(i), topic, inside[i], across[i]));
        }
        return placements;
    }

    /** The index of each community's most central member; on a tie the smaller id, as indexes follow ids. */
    private static HashMap<Integer, Integer> centralMembers(int[] community, double[] inside) {
        var central = new HashMap<Integer, Integer>();
        for (var i = 0; i < community.length; i++) {
            final var candidate = i;
            central.merge(community[i], i, (best, next) -> inside[candidate] > inside[best] ? candidate : best);
        }
        return central;
    }
}
