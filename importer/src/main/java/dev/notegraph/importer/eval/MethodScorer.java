package dev.notegraph.importer.eval;

import dev.notegraph.importer.model.ConceptEdge;
import dev.notegraph.schema.ConceptRelation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;

/** Scores each extraction method's edges on their own, so each method earns its weight by measurement. */
final class MethodScorer {

    private final GoldStandard gold;

    MethodScorer(GoldStandard gold) {
        this.gold = gold;
    }

    List<MethodFigures> score(EvalGraph graph) {
        var resolver = new Resolver(graph.concepts(), gold);
        var labelled = new HashSet<String>();
        // a concept counts as labelled when the gold names it anywhere, as a concept or in a pair
        gold.concepts().forEach(c -> c.names().forEach(f -> labelled.addAll(resolver.ids(f))));
        for (var pairs : List.of(gold.prerequisites(), gold.contrasts(), gold.related())) {
            pairs.forEach(p -> p.names().forEach(f -> labelled.addAll(resolver.ids(f))));
        }
        var out = new ArrayList<MethodFigures>();
        out.addAll(score(ConceptRelation.PREREQUISITE_OF, gold.prerequisites(), graph.edges(), resolver, labelled));
        out.addAll(score(ConceptRelation.CONTRASTS_WITH, gold.contrasts(), graph.edges(), resolver, labelled));
        out.addAll(score(ConceptRelation.RELATED_TO, gold.related(), graph.edges(), resolver, labelled));
        return out;
    }

    private static List<MethodFigures> score(
            ConceptRelation type,
            List<GoldStandard.Label> labels,
            List<ConceptEdge> edges,
            Resolver resolver,
            Set<String> labelled) {
        // each gold pair by every id pair it can mean, so an edge finds its pair in one lookup
        var pairOf = new HashMap<List<String>, Integer>();
        for (int i = 0; i < labels.size(); i++) {
            for (var ids : resolver.idPairs(labels.get(i))) {
                pairOf.putIfAbsent(ids, i);
            }
        }
        var tallies = new TreeMap<String, Tally>();
        for (var e : edges) {
            if (e.type() != type) {
                continue;
            }
            var forward = pairOf.get(List.of(e.source(), e.target()));
            var backward = pairOf.get(List.of(e.target(), e.source()));
            boolean judged = labelled.contains(e.source()) && labelled.contains(e.target());
            for (var method : e.methods()) {
                var tally = tallies.computeIfAbsent(method, m -> new Tally());
                tally.edges++;
                tally.judged += judged ? 1 : 0;
                if (forward != null || backward != null && !type.directed()) {
                    tally.hits.add(forward != null ? forward : backward);
                } else if (backward != null) {
                    tally.reversed.add(backward);
                }
            }
        }
        return tallies.entrySet().stream()
                .map(t -> t.getValue().figures(type.name(), t.getKey(), labels.size()))
                .sorted(Comparator.comparingInt(MethodFigures::edges).reversed())
                .toList();
    }

    private static final class Tally {
        int edges;
        int judged;
        final Set<Integer> hits = new HashSet<>();
        final Set<Integer> reversed = new HashSet<>();

        MethodFigures figures(String type, String method, int pairs) {
            var wrong = new HashSet<>(reversed);
            wrong.removeAll(hits);
            return new MethodFigures(type, method, edges, judged, hits.size(), wrong.size(), pairs);
        }
    }
}
