package dev.notegraph.importer.eval;

import dev.notegraph.importer.model.ConceptEdge;
import dev.notegraph.importer.model.KnowledgeGraph;
import dev.notegraph.schema.ConceptRelation;
import dev.notegraph.schema.Normalizer;
import dev.notegraph.schema.RelatedScore;
import dev.notegraph.schema.StudyPlanner;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Scores a knowledge graph against a gold standard, with the rules stated in the gold file. */
public final class Scorer {

    private final GoldStandard gold;

    public Scorer(GoldStandard gold) {
        this.gold = gold;
    }

    /** Scores a graph. */
    public Figures score(String system, KnowledgeGraph graph) {
        var names = new HashMap<String, Set<String>>();
        graph.concepts().forEach(c -> {
            names.computeIfAbsent(Normalizer.key(c.name()), k -> new HashSet<>())
                    .add(c.id());
            c.aliases().forEach(a -> names.computeIfAbsent(Normalizer.key(a), k -> new HashSet<>())
                    .add(c.id()));
        });
        var missed = new ArrayList<String>();
        int found = 0;
        for (var forms : gold.concepts()) {
            if (forms.stream().anyMatch(f -> names.containsKey(Normalizer.key(f)))) {
                found++;
            } else {
                missed.add(forms.get(0));
            }
        }
        var edges = graph.edges();
        var resolver = new Resolver(names, gold);
        double prerequisite = share(gold.prerequisites(), p -> anyPair(resolver, p, (a, b) -> ancestor(edges, a, b)));
        double contrast = share(gold.contrasts(), p -> anyPair(resolver, p, (a, b) -> direct(edges, a, b)));
        double related = share(
                gold.related(),
                p -> anyPair(resolver, p, (a, b) -> topRelated(edges, a).contains(b)));
        var planner = new StudyPlanner(edges.stream()
                .filter(e -> e.type() == ConceptRelation.PREREQUISITE_OF)
                .filter(e -> e.confidence() >= StudyPlanner.MIN_CONFIDENCE)
                .map(e -> new StudyPlanner.Prerequisite(e.source(), e.target(), e.confidence()))
                .toList());
        double onPath = share(
                gold.prerequisites(),
                p -> anyPair(resolver, p, (a, b) -> planner.select(
                                b, Set.of(), StudyPlanner.MAX_DEPTH, StudyPlanner.MAX_STEPS)
                        .contains(a)));
        var lengths = graph.concepts().stream()
                .mapToInt(c -> planner.select(c.id(), Set.of(), StudyPlanner.MAX_DEPTH, StudyPlanner.MAX_STEPS)
                        .size())
                .filter(n -> n > 1)
                .summaryStatistics();
        var noise = gold.noise().stream()
                .filter(f -> names.containsKey(Normalizer.key(f)))
                .toList();
        return new Figures(
                system,
                ratio(found, gold.concepts().size()),
                prerequisite,
                contrast,
                related,
                onPath,
                lengths.getCount() == 0 ? 0.0 : lengths.getAverage(),
                lengths.getCount() == 0 ? 0 : lengths.getMax(),
                noise,
                graph.concepts().size(),
                missed);
    }

    private interface PairTest {
        boolean test(String a, String b);
    }

    private static boolean anyPair(Resolver resolver, List<String> pair, PairTest test) {
        for (var a : resolver.ids(pair.get(0))) {
            for (var b : resolver.ids(pair.get(1))) {
                if (test.test(a, b)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static double share(List<List<String>> pairs, java.util.function.Predicate<List<String>> ok) {
        return ratio((int) pairs.stream().filter(ok).count(), pairs.size());
    }

    private static double ratio(int n, int of) {
        return of == 0 ? 0.0 : (double) n / of;
    }

    private static boolean ancestor(List<ConceptEdge> edges, String before, String after) {
        var parents = new HashMap<String, List<String>>();
        edges.stream().filter(e -> e.type() == ConceptRelation.PREREQUISITE_OF).forEach(e -> parents.computeIfAbsent(
                        e.target(), k -> new ArrayList<>())
                .add(e.source()));
        var seen = new HashSet<String>();
        var queue = new ArrayDeque<>(parents.getOrDefault(after, List.of()));
        while (!queue.isEmpty()) {
            var node = queue.poll();
            if (node.equals(before)) {
                return true;
            }
            if (seen.add(node)) {
                queue.addAll(parents.getOrDefault(node, List.of()));
            }
        }
        return false;
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
