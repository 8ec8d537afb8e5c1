package dev.notegraph.importer.eval;

import dev.notegraph.importer.model.ConceptEdge;
import dev.notegraph.schema.ConceptRelation;
import dev.notegraph.schema.RelatedScore;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiPredicate;
import java.util.function.Predicate;

/** Scores a knowledge graph against a gold standard, with the rules stated in the gold file. */
public final class Scorer {

    private final GoldStandard gold;

    public Scorer(GoldStandard gold) {
        this.gold = gold;
    }

    /** Scores a graph as the backend would serve it. */
    Figures score(String system, EvalGraph graph) {
        var resolver = new Resolver(graph.concepts(), gold);
        var missed = gold.concepts().stream()
                .filter(c -> c.names().stream().noneMatch(resolver::named))
                .map(GoldStandard.Label::first)
                .toList();
        var noise = gold.noise().stream().filter(resolver::named).toList();
        var edges = graph.edges();
        var paths = new PlannedPaths(graph);
        var targets = new TreeSet<String>();
        gold.prerequisites().forEach(p -> targets.addAll(resolver.ids(p.second())));
        return new Figures(
                system,
                ratio(gold.concepts().size() - missed.size(), gold.concepts().size()),
                noise,
                share(
                        gold.prerequisites(),
                        p -> any(resolver, p, (a, b) -> paths.to(b).contains(a))),
                paths.focus(targets),
                paths.medianSteps(targets),
                paths.planned(targets),
                targets.size(),
                share(gold.contrasts(), p -> any(resolver, p, (a, b) -> direct(edges, a, b))),
                share(
                        gold.related(),
                        p -> any(resolver, p, (a, b) -> topRelated(edges, a).contains(b))),
                graph.concepts().size(),
                missed,
                PairOutcomes.count(gold.prerequisites(), resolver, edges, paths));
    }

    private static boolean any(Resolver resolver, GoldStandard.Label pair, BiPredicate<String, String> test) {
        return resolver.idPairs(pair).stream().anyMatch(p -> test.test(p.get(0), p.get(1)));
    }

    private static double share(List<GoldStandard.Label> pairs, Predicate<GoldStandard.Label> ok) {
        return ratio((int) pairs.stream().filter(ok).count(), pairs.size());
    }

    static double ratio(int n, int of) {
        return of == 0 ? 0.0 : (double) n / of;
    }

    private static boolean direct(List<ConceptEdge> edges, String a, String b) {
        return edges.stream()
                .anyMatch(e -> e.type() == ConceptRelation.CONTRASTS_WITH
                        && (e.source().equals(a) && e.target().equals(b)
                                || e.source().equals(b) && e.target().equals(a)));
    }

    /** The concept's ten best related concepts, by {@link RelatedScore} over all typed edges between them. */
    static Set<String> topRelated(List<ConceptEdge> edges, String id) {
        Map<String, List<Double>> contributions = new HashMap<>();
        for (var e : edges) {
            var other = e.source().equals(id) ? e.target() : e.target().equals(id) ? e.source() : null;
            if (other != null) {
                contributions.computeIfAbsent(other, k -> new ArrayList<>()).add(RelatedScore.of(e.type(), e.weight()));
            }
        }
        var top = new HashSet<String>();
        contributions.entrySet().stream()
                .sorted(Map.Entry.<String, List<Double>>comparingByValue(
                                (x, y) -> Double.compare(RelatedScore.combine(y), RelatedScore.combine(x)))
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(10)
                .forEach(e -> top.add(e.getKey()));
        return top;
    }
}
