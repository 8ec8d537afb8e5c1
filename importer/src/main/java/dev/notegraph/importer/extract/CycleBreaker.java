package dev.notegraph.importer.extract;

import dev.notegraph.importer.model.BrokenCycle;
import dev.notegraph.importer.model.ConceptEdge;
import dev.notegraph.schema.ConceptRelation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.jgrapht.alg.connectivity.KosarajuStrongConnectivityInspector;
import org.jgrapht.graph.DefaultDirectedGraph;
import org.jgrapht.graph.DefaultEdge;

/**
 * Keeps PREREQUISITE_OF acyclic: inside each strongly connected component edges are added strongest first
 * and one that would close a cycle is dropped, so every cycle loses its weakest link. Edges between components
 * are never on a cycle and stay. Each dropped edge is reported with the cycle it would have closed.
 */
public final class CycleBreaker {

    private static final int LISTED = 20;

    /**
     * A use (X通过Y实现, X使用Y) says less about order than a kind, a basis or a cause: a principle is often
     * introduced before the mechanism that implements it (IoC 通过依赖注入实现).
     */
    private static final java.util.regex.Pattern USES = RelationCues.of("uses");

    /** Methods that read a relation off one sentence, besides the cue phrases ({@code cue:…}). */
    private static final java.util.Set<String> STATED =
            java.util.Set.of(DefinitionRelations.METHOD, "genitive", "modifier");

    /** The edges left, one warning per dropped edge (up to a few), and every dropped edge with its cycle. */
    public record Result(List<ConceptEdge> edges, List<String> warnings, List<BrokenCycle> broken) {}

    private CycleBreaker() {}

    /** Drops the weakest link of every prerequisite cycle; other edges pass through untouched. */
    public static Result breakCycles(List<ConceptEdge> edges) {
        var prerequisites = edges.stream()
                .filter(e -> e.type() == ConceptRelation.PREREQUISITE_OF)
                .toList();
        var component = components(prerequisites);
        var statedAgainst = statedAgainst(prerequisites);
        var inside = prerequisites.stream()
                .filter(e -> component.get(e.source()).equals(component.get(e.target())))
                .sorted(Comparator.comparing((ConceptEdge e) -> statedAgainst.contains(e))
                        .thenComparing(Comparator.comparingDouble(ConceptEdge::confidence)
                                .reversed())
                        .thenComparing(ConceptEdge::source)
                        .thenComparing(ConceptEdge::target))
                .toList();
        var index = new HashMap<String, Integer>();
        inside.forEach(e -> {
            index.putIfAbsent(e.source(), index.size());
            index.putIfAbsent(e.target(), index.size());
        });
        var dag = new DynamicOrder(index.size(), initialOrder(inside, index));
        var dropped = new HashSet<ConceptEdge>();
        var broken = new ArrayList<BrokenCycle>();
        var warnings = new ArrayList<String>();
        var ids = List.copyOf(
                index.keySet().stream().sorted(Comparator.comparing(index::get)).toList());
        for (var edge : inside) {
            int source = index.get(edge.source());
            int target = index.get(edge.target());
            if (!dag.add(source, target)) {
                dropped.add(edge);
                broken.add(new BrokenCycle(
                        edge, dag.path(target, source).stream().map(ids::get).toList()));
                if (warnings.size() < LISTED) {
                    warnings.add("prerequisite cycle broken: dropped " + edge.source() + " -> " + edge.target()
                            + " (confidence " + edge.confidence() + ")");
                }
            }
        }
        if (dropped.size() > LISTED) {
            warnings.add("prerequisite cycles: " + dropped.size() + " edges dropped in all");
        }
        var kept = edges.stream().filter(e -> !dropped.contains(e)).toList();
        return new Result(kept, warnings, List.copyOf(broken));
    }

    /**
     * Edges that only counts and structure found while a sentence states the opposite (是因为横切关注点…: the cue puts
     * 横切关注点 before AOP, document order and RefD after it): what a note says outweighs where it says it, so these
     * go last and lose the two-edge cycle however much they add up to.
     */
    private static java.util.Set<ConceptEdge> statedAgainst(List<ConceptEdge> edges) {
        var byStated = edges.stream().collect(java.util.stream.Collectors.partitioningBy(CycleBreaker::stated));
        var stated = new HashSet<List<String>>();
        byStated.get(true).forEach(e -> stated.add(List.of(e.source(), e.target())));
        var out = new HashSet<ConceptEdge>();
        for (var e : byStated.get(false)) {
            if (stated.contains(List.of(e.target(), e.source()))) {
                out.add(e);
            }
        }
        return out;
    }

    private static boolean stated(ConceptEdge e) {
        return e.methods().stream()
                .anyMatch(m -> STATED.contains(m)
                        || m.startsWith("cue:") && !USES.matcher(m.substring(4)).matches());
    }

    /** Each node's strongly connected component, so cycle breaking only looks where cycles can be. */
    private static Map<String, Integer> components(List<ConceptEdge> edges) {
        var graph = new DefaultDirectedGraph<String, DefaultEdge>(DefaultEdge.class);
        for (var e : edges) {
            graph.addVertex(e.source());
            graph.addVertex(e.target());
            graph.addEdge(e.source(), e.target());
        }
        // Kosaraju's search in JGraphT is iterative: a long prerequisite chain cannot overflow the stack
        var sets = new KosarajuStrongConnectivityInspector<>(graph).stronglyConnectedSets();
        var component = new HashMap<String, Integer>();
        for (int i = 0; i < sets.size(); i++) {
            for (var node : sets.get(i)) {
                component.put(node, i);
            }
        }
        return component;
    }

    /** Nodes with more outgoing than incoming confidence first: most edges then agree with the order. */
    private static int[] initialOrder(List<ConceptEdge> edges, Map<String, Integer> index) {
        double[] balance = new double[index.size()];
        for (var e : edges) {
            balance[index.get(e.source())] += e.confidence();
            balance[index.get(e.target())] -= e.confidence();
        }
        return java.util.stream.IntStream.range(0, balance.length)
                .boxed()
                .sorted(Comparator.comparingDouble((Integer n) -> -balance[n]).thenComparingInt(n -> n))
                .mapToInt(Integer::intValue)
                .toArray();
    }
}
