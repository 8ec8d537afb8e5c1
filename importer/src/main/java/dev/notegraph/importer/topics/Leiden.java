package dev.notegraph.importer.topics;

import java.util.Random;
import nl.cwts.networkanalysis.LeidenAlgorithm;
import nl.cwts.networkanalysis.Network;
import nl.cwts.util.LargeDoubleArray;
import nl.cwts.util.LargeIntArray;

/** Communities of a {@link WeightedGraph} by the reference Leiden implementation, optimising modularity. */
final class Leiden {

    // A fixed seed and a fixed number of iterations: the same graph always gives the same communities.
    private static final long SEED = 20_261_202L;
    private static final int ITERATIONS = 10;
    private static final double RESOLUTION = 1.0;

    private Leiden() {}

    /** The community of each concept, by index; concepts without links each form their own. */
    static int[] communities(WeightedGraph graph) {
        var n = graph.ids().size();
        if (graph.links().isEmpty()) {
            var singletons = new int[n];
            for (var i = 0; i < n; i++) {
                singletons[i] = i;
            }
            return singletons;
        }
        var network = network(graph);
        // Modularity as a CPM resolution, as the library's own command-line runner derives it.
        var resolution = RESOLUTION / (2 * network.getTotalEdgeWeight() + network.getTotalEdgeWeightSelfLinks());
        var algorithm =
                new LeidenAlgorithm(resolution, ITERATIONS, LeidenAlgorithm.DEFAULT_RANDOMNESS, new Random(SEED));
        return algorithm.findClustering(network).getClusters();
    }

    private static Network network(WeightedGraph graph) {
        var links = graph.links();
        var from = new int[links.size()];
        var to = new int[links.size()];
        var weights = new double[links.size()];
        for (var i = 0; i < links.size(); i++) {
            from[i] = links.get(i).a();
            to[i] = links.get(i).b();
            weights[i] = links.get(i).weight();
        }
        var edges = new LargeIntArray[] {new LargeIntArray(from), new LargeIntArray(to)};
        // Node weights are the total edge weights: what modularity needs.
        return new Network(graph.ids().size(), true, edges, new LargeDoubleArray(weights), false, true);
    }
}
