package dev.notegraph.explorer.studypath;

import dev.notegraph.explorer.concept.ConceptLookup;
import dev.notegraph.explorer.concept.ConceptView;
import dev.notegraph.explorer.concept.EdgeView;
import dev.notegraph.explorer.concept.EvidenceView;
import dev.notegraph.schema.StudyPlanner;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.neo4j.driver.Driver;
import org.neo4j.driver.TransactionContext;
import org.springframework.stereotype.Component;

/**
 * Plans a study path: walks PREREQUISITE_OF edges at or above a confidence floor backwards from the target,
 * never through a known concept (so what only known concepts need is left out with them), keeps the
 * strongest chains within a few hops, and orders the result so every prerequisite comes first.
 */
@Component
final class StudyPaths {

    /** Hops from the target: beyond a few, a "prerequisite of a prerequisite" is background, not a step. */
    private static final int MAX_DEPTH = StudyPlanner.MAX_DEPTH;

    private final Driver driver;
    private final ConceptLookup lookup;

    StudyPaths(Driver driver, ConceptLookup lookup) {
        this.driver = driver;
        this.lookup = lookup;
    }

    /** How far to look: the confidence floor and the most steps, target included. */
    record Limits(double minConfidence, int maxSteps) {
        static final Limits DEFAULT = new Limits(StudyPlanner.MIN_CONFIDENCE, StudyPlanner.MAX_STEPS);
    }

    /** The concepts of a plan and every prerequisite edge between them. */
    private record Chosen(Set<String> ids, List<EdgeView> among) {}

    StudyPath plan(ConceptView target, Set<String> known, Limits limits) {
        Chosen plan;
        try (var session = driver.session()) {
            plan = session.executeRead(tx -> {
                var ids = choose(tx, target.id(), known, limits);
                return new Chosen(ids, among(tx, ids));
            });
        }
        var chosen = plan.ids();
        var among = plan.among();
        var concepts = lookup.findAll(chosen);
        var names = new HashMap<String, String>();
        concepts.values().forEach(c -> names.put(c.id(), c.name()));
        var because = new HashMap<String, List<EdgeView>>();
        among.forEach(
                e -> because.computeIfAbsent(e.source(), k -> new ArrayList<>()).add(e));
        var steps = StudyOrder.of(target.id(), chosen, among, names).stream()
                .filter(concepts::containsKey)
                .map(id -> new StudyPath.Step(concepts.get(id), because.getOrDefault(id, List.of())))
                .toList();
        return new StudyPath(target, steps, List.copyOf(known));
    }

    /** The concepts worth a step: the strongest chains above the floor, target included. */
    private static Set<String> choose(TransactionContext tx, String target, Set<String> known, Limits limits) {
        // what the learner says is no prerequisite of the target is left out like a known concept
        var skipped = new HashSet<>(known);
        skipped.addAll(TargetFacts.notPrerequisites(tx, target));
        var prerequisites = walk(tx, target, skipped, limits.minConfidence()).stream()
                .map(StudyPaths::prerequisite)
                .toList();
        return new StudyPlanner(prerequisites)
                .select(target, skipped, TargetFacts.notesAbout(tx, target), MAX_DEPTH, limits.maxSteps());
    }

    /** The learner's own edge holds whatever the note; an extracted one where its evidence is. */
    private static StudyPlanner.Prerequisite prerequisite(EdgeView e) {
        var notes = e.evidence().stream().map(EvidenceView::note).collect(Collectors.toSet());
        return StudyPlanner.Prerequisite.of(e.source(), e.target(), e.confidence(), e.methods(), notes);
    }

    /**
     * Every prerequisite edge between the chosen concepts, weak ones too: the floor decides what is worth a step,
     * but once two concepts are both steps, any edge between them says which comes first.
     */
    private static List<EdgeView> among(TransactionContext tx, Set<String> chosen) {
        var query =
                """
                MATCH (a:Concept)-[r:PREREQUISITE_OF]->(b:Concept)
                WHERE a.id IN $ids AND b.id IN $ids
                RETURN {source: a.id, target: b.id, type: type(r), props: properties(r)} AS edge
                ORDER BY r.confidence DESC, a.id, b.id
                """;
        return tx.run(query, Map.of("ids", List.copyOf(chosen))).list(r -> EdgeView.toEdge(r.get("edge")));
    }

    /**
     * Every prerequisite edge above the floor within {@link #MAX_DEPTH} hops, strongest first, at most
     * {@link StudyPlanner#FAN_IN} per concept: the database drops the weaker ones before projecting their evidence.
     */
    private static List<EdgeView> walk(TransactionContext tx, String target, Set<String> known, double floor) {
        var query =
                """
                MATCH (p:Concept)-[r:PREREQUISITE_OF]->(x:Concept)
                WHERE x.id IN $frontier AND NOT p.id IN $known AND r.confidence >= $floor
                WITH x, p, r ORDER BY r.confidence DESC, p.id
                WITH x, collect([p, r])[..$fanIn] AS strongest
                UNWIND strongest AS pr
                WITH x, pr[0] AS p, pr[1] AS r
                RETURN {source: p.id, target: x.id, type: type(r), props: properties(r)} AS edge
                ORDER BY r.confidence DESC, p.id
                """;
        var edges = new ArrayList<EdgeView>();
        var seen = new HashSet<String>(List.of(target));
        List<String> frontier = List.of(target);
        for (int depth = 0; depth < MAX_DEPTH && !frontier.isEmpty(); depth++) {
            var params = Map.<String, Object>of(
                    "frontier", frontier, "known", List.copyOf(known), "floor", floor, "fanIn", StudyPlanner.FAN_IN);
            var found = tx.run(query, params).list(r -> EdgeView.toEdge(r.get("edge")));
            var perTarget = new HashMap<String, Integer>();
            var next = new ArrayList<String>();
            for (var edge : found) {
                // only the strongest few of each concept can be chosen: do not walk on from the others
                if (perTarget.merge(edge.target(), 1, Integer::sum) <= StudyPlanner.FAN_IN) {
                    edges.add(edge);
                    if (seen.add(edge.source())) {
                        next.add(edge.source());
                    }
                }
            }
            frontier = next;
        }
        return edges;
    }
}
