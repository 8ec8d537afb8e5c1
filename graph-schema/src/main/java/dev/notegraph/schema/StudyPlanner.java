package dev.notegraph.schema;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * Chooses the concepts of a study path: strongest chains first. A chain's strength is the product of its edges'
 * confidences, so two weak links count less than one strong one; concepts are taken best chain first (each
 * after the concept its chain leads to), at most {@code maxDepth} hops from the target and {@code maxSteps} in
 * all. Only the {@link #FAN_IN} strongest prerequisites of a concept are followed: a learner needs the main
 * ones, not every concept a note mentions nearby. Beyond the target's own prerequisites, a chain goes on only
 * through edges stated in a note about the target (its scope): a prerequisite of a prerequisite that only another
 * note relies on belongs to that concept's own path, and following it is how a path drifts to hubs (线程's
 * prerequisites from a note on copy-on-write in the path to happens-before). Shared by the study-path endpoint and
 * the evaluation, so the figures measure what users see.
 */
public final class StudyPlanner {

    /**
     * The weakest edge a study path follows: one vote of document order (what a note explains before it uses it).
     * Weaker ones, a lone RefD score, order the graph but are not followed by default. Measured on notes labelled
     * by hand (the eval command's corpus halves): following document order holds more of the labelled
     * prerequisites and keeps more steps in the target's own notes than a floor above it, as each note's order is
     * local where the stronger cross-note edges lead to hubs.
     */
    public static final double MIN_CONFIDENCE = 0.25;

    public static final int MAX_DEPTH = 3;
    public static final int MAX_STEPS = 10;
    public static final int FAN_IN = 6;

    /** How a learner's own edge is marked among an edge's methods: it holds whatever the note. */
    public static final String LEARNER = "learner";

    /**
     * A PREREQUISITE_OF edge: study {@code source} before {@code target}.
     *
     * @param notes the notes whose lines state it; empty for an edge that holds whatever the note (the learner's)
     */
    public record Prerequisite(String source, String target, double confidence, Set<String> notes) {

        /** An edge that holds in any scope. */
        public Prerequisite(String source, String target, double confidence) {
            this(source, target, confidence, Set.of());
        }

        /**
         * A stored edge: scoped to the notes its evidence cites, unless the learner stated it, which holds in any
         * scope.
         */
        public static Prerequisite of(
                String source, String target, double confidence, Collection<String> methods, Set<String> notes) {
            return new Prerequisite(source, target, confidence, methods.contains(LEARNER) ? Set.of() : notes);
        }

        boolean statedIn(Set<String> scope) {
            return notes.isEmpty() || scope.isEmpty() || notes.stream().anyMatch(scope::contains);
        }
    }

    private record Reach(String id, double strength, int depth) {}

    private final Map<String, List<Prerequisite>> incoming = new HashMap<>();

    /** @param edges the edges to follow, already cut at the caller's confidence floor */
    public StudyPlanner(Collection<Prerequisite> edges) {
        edges.forEach(e ->
                incoming.computeIfAbsent(e.target(), k -> new ArrayList<>()).add(e));
        incoming.values()
                .forEach(list -> list.sort(Comparator.comparingDouble(Prerequisite::confidence)
                        .reversed()
                        .thenComparing(Prerequisite::source)));
    }

    /** The chosen concepts over every edge, whatever note states it; see the scoped overload. */
    public Set<String> select(String target, Set<String> known, int maxDepth, int maxSteps) {
        return select(target, known, Set.of(), maxDepth, maxSteps);
    }

    /**
     * The chosen concepts, target first, each after the one its best chain leads to; never a known one.
     *
     * @param scope the notes about the target: past the first hop, only edges stated in one of them are followed
     *     (empty: every edge)
     */
    public Set<String> select(String target, Set<String> known, Set<String> scope, int maxDepth, int maxSteps) {
        var best = new HashMap<String, Double>(Map.of(target, 1.0));
        var queue = new PriorityQueue<Reach>(
                Comparator.comparingDouble((Reach r) -> -r.strength()).thenComparing(Reach::id));
        queue.add(new Reach(target, 1.0, 0));
        var chosen = new LinkedHashSet<String>();
        while (!queue.isEmpty() && chosen.size() < maxSteps) {
            var next = queue.poll();
            if (!chosen.add(next.id()) || next.depth() == maxDepth) {
                continue;
            }
            for (var edge : incoming.getOrDefault(next.id(), List.of()).stream()
                    .limit(FAN_IN)
                    .toList()) {
                double strength = next.strength() * edge.confidence();
                var source = edge.source();
                boolean inScope = next.depth() == 0 || edge.statedIn(scope);
                if (inScope
                        && !known.contains(source)
                        && !chosen.contains(source)
                        && strength > best.getOrDefault(source, 0.0)) {
                    best.put(source, strength);
                    queue.add(new Reach(source, strength, next.depth() + 1));
                }
            }
        }
        return chosen;
    }
}
