package dev.notegraph.importer.eval;

import dev.notegraph.importer.model.ConceptEdge;
import dev.notegraph.importer.model.Evidence;
import dev.notegraph.schema.ConceptRelation;
import dev.notegraph.schema.StudyPlanner;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** The study paths a learner would get, planned as the study-path endpoint plans them (same planner, same floor). */
final class PlannedPaths {

    private final StudyPlanner planner;
    private final Map<String, Set<String>> notesOf;
    private final Map<String, Set<String>> notPrerequisites;
    private final Map<String, Set<String>> paths = new HashMap<>();

    PlannedPaths(EvalGraph graph) {
        this.planner = new StudyPlanner(graph.edges().stream()
                .filter(e -> e.type() == ConceptRelation.PREREQUISITE_OF)
                .filter(e -> e.confidence() >= StudyPlanner.MIN_CONFIDENCE)
                .map(PlannedPaths::prerequisite)
                .toList());
        this.notesOf = graph.notesOf();
        this.notPrerequisites = graph.notPrerequisites();
    }

    /** The concepts of the path to {@code target}, target included. */
    Set<String> to(String target) {
        return paths.computeIfAbsent(
                target,
                t -> planner.select(
                        t,
                        notPrerequisites.getOrDefault(t, Set.of()),
                        notesOf.getOrDefault(t, Set.of()),
                        StudyPlanner.MAX_DEPTH,
                        StudyPlanner.MAX_STEPS));
    }

    /** Steps (target left out) over these targets' paths, and how many of them share a note with their target. */
    double focus(Iterable<String> targets) {
        int steps = 0;
        int focused = 0;
        for (var target : targets) {
            var notes = notesOf.getOrDefault(target, Set.of());
            for (var step : to(target)) {
                if (!step.equals(target)) {
                    steps++;
                    if (notesOf.getOrDefault(step, Set.of()).stream().anyMatch(notes::contains)) {
                        focused++;
                    }
                }
            }
        }
        return steps == 0 ? 0.0 : focused / (double) steps;
    }

    /** The median length of the paths that have a step besides the target; 0 when none has. */
    double medianSteps(Iterable<String> targets) {
        var lengths = new java.util.ArrayList<Integer>();
        targets.forEach(t -> {
            if (to(t).size() > 1) {
                lengths.add(to(t).size());
            }
        });
        if (lengths.isEmpty()) {
            return 0.0;
        }
        lengths.sort(null);
        int n = lengths.size();
        return n % 2 == 1 ? lengths.get(n / 2) : (lengths.get(n / 2 - 1) + lengths.get(n / 2)) / 2.0;
    }

    /** How many of these targets have a path with a step besides the target. */
    int planned(Iterable<String> targets) {
        int n = 0;
        for (var t : targets) {
            n += to(t).size() > 1 ? 1 : 0;
        }
        return n;
    }

    private static StudyPlanner.Prerequisite prerequisite(ConceptEdge e) {
        var notes = e.evidence().stream().map(Evidence::note).collect(Collectors.toSet());
        return StudyPlanner.Prerequisite.of(e.source(), e.target(), e.confidence(), e.methods(), notes);
    }
}
