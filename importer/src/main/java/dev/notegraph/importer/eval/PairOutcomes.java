package dev.notegraph.importer.eval;

import dev.notegraph.importer.model.ConceptEdge;
import dev.notegraph.schema.ConceptRelation;
import dev.notegraph.schema.StudyPlanner;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Why a labelled prerequisite pair is or is not on its target's study path: tells a missing concept from a missing
 * edge, an edge too weak to follow from one the planner cut, so a change is aimed at the stage that loses pairs.
 */
final class PairOutcomes {

    /** The first outcome that applies, best first. */
    enum Outcome {
        ON_PATH("on path"),
        CONCEPT_MISSING("concept missing"),
        ONE_CONCEPT("merged into one concept"),
        EDGE_NOT_CHOSEN("edge above floor, not chosen"),
        WEAK_EDGE("edge below floor"),
        REVERSED("edge reversed"),
        NO_EDGE("no edge");

        final String label;

        Outcome(String label) {
            this.label = label;
        }
    }

    private PairOutcomes() {}

    static Map<Outcome, Integer> count(
            List<GoldStandard.Label> pairs, Resolver resolver, List<ConceptEdge> edges, PlannedPaths paths) {
        var counts = new EnumMap<Outcome, Integer>(Outcome.class);
        pairs.forEach(p -> counts.merge(of(p, resolver, edges, paths), 1, Integer::sum));
        return counts;
    }

    private static Outcome of(GoldStandard.Label pair, Resolver resolver, List<ConceptEdge> edges, PlannedPaths paths) {
        if (resolver.ids(pair.first()).isEmpty() || resolver.ids(pair.second()).isEmpty()) {
            return Outcome.CONCEPT_MISSING;
        }
        var ids = resolver.idPairs(pair);
        if (ids.isEmpty()) {
            return Outcome.ONE_CONCEPT;
        }
        if (ids.stream().anyMatch(p -> paths.to(p.get(1)).contains(p.get(0)))) {
            return Outcome.ON_PATH;
        }
        double forward = strongest(edges, ids, 0, 1);
        if (forward >= StudyPlanner.MIN_CONFIDENCE) {
            return Outcome.EDGE_NOT_CHOSEN;
        }
        if (forward > 0) {
            return Outcome.WEAK_EDGE;
        }
        return strongest(edges, ids, 1, 0) > 0 ? Outcome.REVERSED : Outcome.NO_EDGE;
    }

    private static double strongest(List<ConceptEdge> edges, java.util.Set<List<String>> ids, int from, int to) {
        return edges.stream()
                .filter(e -> e.type() == ConceptRelation.PREREQUISITE_OF)
                .filter(e ->
                        ids.contains(from == 0 ? List.of(e.source(), e.target()) : List.of(e.target(), e.source())))
                .mapToDouble(ConceptEdge::confidence)
                .max()
                .orElse(0);
    }
}
