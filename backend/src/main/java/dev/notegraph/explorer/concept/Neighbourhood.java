package dev.notegraph.explorer.concept;

import java.util.List;

/**
 * The concepts around one concept and the strongest edges between them.
 *
 * @param nodes the concept first, then the strongest neighbours hop by hop, at most the requested limit
 * @param edges among the nodes: each node's strongest {@code edgesPerConcept}, strongest first
 * @param capped whether anything was left out: nodes beyond the limit or edges beyond the per-concept cap
 * @param nodesCapped whether more concepts were within reach than the limit let in
 * @param edgeCount how many edges there are among the nodes, kept or not
 * @param edgesPerConcept the cap: an edge is kept when it is among the strongest this many of either end
 */
record Neighbourhood(
        List<ConceptView> nodes,
        List<EdgeView> edges,
        boolean capped,
        boolean nodesCapped,
        long edgeCount,
        int edgesPerConcept) {

    static Neighbourhood of(List<ConceptView> nodes, boolean nodesCapped, Edges edges, int edgesPerConcept) {
        var capped = nodesCapped || edges.total() > edges.kept().size();
        return new Neighbourhood(nodes, edges.kept(), capped, nodesCapped, edges.total(), edgesPerConcept);
    }

    /** The kept edges and how many there were in all. */
    record Edges(List<EdgeView> kept, long total) {}
}
