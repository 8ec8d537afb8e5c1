package dev.notegraph.importer.corrections;

import dev.notegraph.importer.extract.CycleBreaker;
import dev.notegraph.importer.model.ConceptEdge;
import dev.notegraph.importer.model.Evidence;
import dev.notegraph.importer.model.KnowledgeGraph;
import dev.notegraph.schema.ConceptRelation;
import dev.notegraph.schema.StudyPlanner;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Applies the learner's corrections to the analysed graph, before anything is written, so every import (CLI,
 * backend, eval) stores the corrected graph:
 *
 * <ul>
 *   <li>{@code same-concept [a, b]}: b's names, mentions and edges go to a; an edge both had is kept once, with
 *       the stronger confidence and both sets of evidence;
 *   <li>{@code not-a-concept}: the concept goes with its mentions and edges;
 *   <li>{@code not-prerequisite from -> to}: the edge goes, and {@code from} is recorded as no prerequisite of
 *       {@code to}, so to's study path leaves it out whatever chain would bring it back;
 *   <li>{@code prerequisite from -> to}: the edge is added (or made the learner's) with confidence 1 and evidence
 *       naming the correction; an edge the other way goes.
 * </ul>
 *
 * Merges come first, then removals, then prerequisite edges in file order (a later one about the same pair wins).
 * A correction naming a concept the analysis does not have is reported, not applied.
 */
public final class CorrectionsApplier {

    /** How a learner's edge is marked in {@code methods}. */
    public static final String LEARNER = StudyPlanner.LEARNER;

    /**
     * The corrected graph.
     *
     * @param graph the graph to write
     * @param notPrerequisites concept id to the ids the learner says are no prerequisite of it
     * @param applied corrections applied
     * @param unresolved corrections naming a concept the analysis does not have
     */
    public record Result(
            KnowledgeGraph graph,
            Map<String, List<String>> notPrerequisites,
            int applied,
            List<CorrectionsReport.Unresolved> unresolved) {}

    private record Pair(String from, String to) {}

    record EdgeKey(String source, String target, ConceptRelation type) {}

    private final ConceptGroups groups = new ConceptGroups();

    private CorrectionsApplier() {}

    /**
     * @param evidenceNote what a learner's edge names as the place of its evidence (the corrections file)
     */
    public static Result apply(KnowledgeGraph graph, List<Correction> corrections, String evidenceNote) {
        if (corrections.isEmpty()) {
            return new Result(graph, Map.of(), 0, List.of());
        }
        return new CorrectionsApplier().run(graph, corrections, evidenceNote);
    }

    private Result run(KnowledgeGraph graph, List<Correction> corrections, String evidenceNote) {
        var resolver = new ConceptResolver(graph.concepts());
        var dropped = new LinkedHashSet<String>();
        var pairs = new ArrayList<Map.Entry<Pair, Correction>>();
        var unresolved = new ArrayList<CorrectionsReport.Unresolved>();
        int applied = 0;
        for (var correction : corrections) {
            var ids = new ArrayList<String>();
            var missing = new ArrayList<String>();
            for (var ref : correction.concepts()) {
                resolver.resolve(ref).ifPresentOrElse(ids::add, () -> missing.add(ref));
            }
            if (!missing.isEmpty()) {
                unresolved.add(new CorrectionsReport.Unresolved(
                        correction.id(), correction.kind().label(), missing));
                continue;
            }
            applied++;
            switch (correction.kind()) {
                case SAME_CONCEPT -> groups.union(ids.get(0), ids.get(1));
                case NOT_A_CONCEPT -> dropped.add(ids.get(0));
                case NOT_PREREQUISITE, PREREQUISITE ->
                    pairs.add(Map.entry(new Pair(ids.get(0), ids.get(1)), correction));
            }
        }
        var gone = new HashSet<String>();
        dropped.forEach(id -> gone.add(groups.find(id)));
        var concepts = groups.concepts(graph.concepts(), gone);
        var notes = groups.notes(graph.notes(), gone);
        concepts = groups.recountNotes(concepts, notes);
        var edges = groups.edges(graph.edges(), gone);
        var names = new HashMap<String, String>();
        concepts.forEach(c -> names.put(c.id(), c.name()));
        // the last word on a pair wins; a prerequisite one way overrides one the other way
        var decided = new LinkedHashMap<Pair, Correction>();
        for (var entry : pairs) {
            var pair = new Pair(
                    groups.find(entry.getKey().from()),
                    groups.find(entry.getKey().to()));
            if (pair.from().equals(pair.to()) || gone.contains(pair.from()) || gone.contains(pair.to())) {
                continue;
            }
            var reverse = new Pair(pair.to(), pair.from());
            if (entry.getValue().kind() == CorrectionKind.PREREQUISITE
                    && decided.containsKey(reverse)
                    && decided.get(reverse).kind() == CorrectionKind.PREREQUISITE) {
                decided.remove(reverse);
            }
            decided.remove(pair);
            decided.put(pair, entry.getValue());
        }
        var notPrerequisites = new TreeMap<String, Set<String>>();
        var added = false;
        for (var entry : decided.entrySet()) {
            var pair = entry.getKey();
            var key = new EdgeKey(pair.from(), pair.to(), ConceptRelation.PREREQUISITE_OF);
            if (entry.getValue().kind() == CorrectionKind.NOT_PREREQUISITE) {
                edges.remove(key);
                notPrerequisites
                        .computeIfAbsent(pair.to(), k -> new TreeSet<>())
                        .add(pair.from());
            } else {
                edges.remove(new EdgeKey(pair.to(), pair.from(), ConceptRelation.PREREQUISITE_OF));
                edges.put(key, learnerEdge(pair, entry.getValue(), edges.get(key), names, evidenceNote));
                added = true;
            }
        }
        var warnings = new ArrayList<>(graph.warnings());
        var broken = new ArrayList<>(graph.brokenCycles());
        var finalEdges = List.copyOf(edges.values());
        if (added) {
            // the learner's edges are the strongest, so a cycle they close loses one of the extractor's
            var acyclic = CycleBreaker.breakCycles(finalEdges);
            finalEdges = acyclic.edges();
            warnings.addAll(acyclic.warnings());
            broken.addAll(acyclic.broken());
        }
        var excluded = new LinkedHashMap<String, List<String>>();
        notPrerequisites.forEach((to, from) -> excluded.put(to, List.copyOf(from)));
        return new Result(
                new KnowledgeGraph(notes, concepts, finalEdges, List.copyOf(warnings), List.copyOf(broken)),
                excluded,
                applied,
                unresolved);
    }

    private static ConceptEdge learnerEdge(
            Pair pair, Correction correction, ConceptEdge existing, Map<String, String> names, String evidenceNote) {
        var text = "the learner's correction " + correction.id() + ": study "
                + names.getOrDefault(pair.from(), pair.from()) + " before " + names.getOrDefault(pair.to(), pair.to());
        var evidence = new ArrayList<Evidence>();
        evidence.add(new Evidence(evidenceNote, 0, text));
        var methods = new ArrayList<String>();
        methods.add(LEARNER);
        if (existing != null) {
            evidence.addAll(existing.evidence());
            existing.methods().stream().filter(m -> !m.equals(LEARNER)).forEach(methods::add);
        }
        return new ConceptEdge(
                pair.from(),
                pair.to(),
                ConceptRelation.PREREQUISITE_OF,
                1.0,
                1.0,
                List.copyOf(methods),
                List.copyOf(evidence));
    }
}
