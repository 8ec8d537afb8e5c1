package dev.notegraph.importer.topics;

import java.util.List;

/**
 * The concept graph as the clustering sees it: concepts by index (ids sorted, so the same notes give the same
 * indexes) and one undirected, weighted link per linked pair, the weights of every relation between the two added.
 *
 * @param ids concept ids, sorted
 * @param links one per pair, {@code a < b}, sorted by {@code a} then {@code b}
 */
record WeightedGraph(List<String> ids, List<Link> links) {

    /** An undirected link between the concepts at indexes {@code a < b}. */
    record Link(int a, int b, double weight) {}
}
