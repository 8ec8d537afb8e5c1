package dev.notegraph.importer.model;

import java.util.List;

/**
 * A prerequisite cycle the importer broke: the edge it dropped, and the cycle that edge would have closed.
 *
 * @param dropped the PREREQUISITE_OF edge left out of the graph, the weakest of its cycle
 * @param cycle the concept ids around the cycle, from the dropped edge's target along kept prerequisites to its
 *     source; the dropped edge leads back to the start
 */
public record BrokenCycle(ConceptEdge dropped, List<String> cycle) {

    public BrokenCycle {
        cycle = List.copyOf(cycle);
    }
}
