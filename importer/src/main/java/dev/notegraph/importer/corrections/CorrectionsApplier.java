package dev.notegraph.importer.corrections;

import dev.notegraph.importer.extract.CycleBreaker;
import dev.notegraph.importer.model.ConceptEdge;
import dev.notegraph.importer.model.ConceptNode;
import dev.notegraph.importer.model.Evidence;
import dev.notegraph.importer.model.KnowledgeGraph;
import dev.notegraph.importer.model.MentionEdge;
import dev.notegraph.importer.model.NoteGraph;
import dev.notegraph.schema.ConceptRelation;
import dev.notegraph.schema.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
    public static final String LEARNER = "learner";

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

    private record EdgeKey(String source, String target, ConceptRelation type) {}

    private final Map<String, String> parent = new HashMap<>();

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
                case SAME_CONCEPT -> union(ids.get(0), ids.get(1));
                case NOT_A_CONCEPT -> dropped.add(ids.get(0));
                case NOT_PREREQUISITE, PREREQUISITE ->
                    pairs.add(Map.entry(new Pair(ids.get(0), ids.get(1)), correction));
            }
        }
        var gone = new HashSet<String>();
        dropped.forEach(id -> gone.add(find(id)));
        var concepts = concepts(graph.concepts(), gone);
        var notes = notes(graph.notes(), gone);
        concepts = recountNotes(concepts, notes);
        var edges = edges(graph.edges(), gone);
        var names = new HashMap<String, String>();
        concepts.forEach(c -> names.put(c.id(), c.name()));
        // the last word on a pair wins; a prerequisite one way overrides one the other way
        var decided = new LinkedHashMap<Pair, Correction>();
        for (var entry : pairs) {
            var pair = new Pair(find(entry.getKey().from()), find(entry.getKey().to()));
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
        var finalEdges = List.copyOf(edges.values());
        if (added) {
            // the learner's edges are the strongest, so a cycle they close loses one of the extractor's
            var acyclic = CycleBreaker.breakCycles(finalEdges);
            finalEdges = acyclic.edges();
            warnings.addAll(acyclic.warnings());
        }
        var excluded = new LinkedHashMap<String, List<String>>();
        notPrerequisites.forEach((to, from) -> excluded.put(to, List.copyOf(from)));
        return new Result(
                new KnowledgeGraph(notes, concepts, finalEdges, List.copyOf(warnings)), excluded, applied, unresolved);
    }

    /** Merged concepts under their group's first id; dropped ones left out; the order of the analysis kept. */
    private List<ConceptNode> concepts(List<ConceptNode> all, Set<String> gone) {
        var groups = new LinkedHashMap<String, List<ConceptNode>>();
        all.forEach(c ->
                groups.computeIfAbsent(find(c.id()), k -> new ArrayList<>()).add(c));
        var byId = new HashMap<String, ConceptNode>();
        all.forEach(c -> byId.put(c.id(), c));
        var out = new ArrayList<ConceptNode>();
        for (var c : all) {
            var root = find(c.id());
            if (!root.equals(c.id()) || gone.contains(root)) {
                continue;
            }
            var group = groups.get(root);
            out.add(group.size() == 1 ? c : merged(c, group));
        }
        return out;
    }

    private static ConceptNode merged(ConceptNode root, List<ConceptNode> group) {
        var keys = new HashSet<String>();
        keys.add(Normalizer.key(root.name()));
        var aliases = new ArrayList<String>();
        root.aliases().forEach(a -> {
            if (keys.add(Normalizer.key(a))) {
                aliases.add(a);
            }
        });
        Optional<Evidence> summary = root.summary();
        var category = root.category();
        int mentions = 0;
        for (var member : group) {
            mentions += member.mentionCount();
            if (member == root) {
                continue;
            }
            var names = new ArrayList<String>();
            names.add(member.name());
            names.addAll(member.aliases());
            names.forEach(a -> {
                if (keys.add(Normalizer.key(a))) {
                    aliases.add(a);
                }
            });
            if (summary.isEmpty()) {
                summary = member.summary();
            }
            if (category.isEmpty()) {
                category = member.category();
            }
        }
        return new ConceptNode(
                root.id(), root.name(), List.copyOf(aliases), summary, category, mentions, root.noteCount());
    }

    /** Mentions moved to their concept's group, one per section and concept; those of dropped concepts gone. */
    private List<NoteGraph> notes(List<NoteGraph> notes, Set<String> gone) {
        var out = new ArrayList<NoteGraph>(notes.size());
        for (var note : notes) {
            var touched = note.mentions().stream()
                    .anyMatch(m -> !find(m.conceptId()).equals(m.conceptId()) || gone.contains(m.conceptId()));
            if (!touched) {
                out.add(note);
                continue;
            }
            var mentions = new LinkedHashMap<List<String>, MentionEdge>();
            for (var m : note.mentions()) {
                var concept = find(m.conceptId());
                if (gone.contains(concept)) {
                    continue;
                }
                var moved = new MentionEdge(m.sectionId(), concept, m.line(), m.text(), m.form(), m.count());
                mentions.merge(
                        List.of(m.sectionId(), concept),
                        moved,
                        (a, b) -> new MentionEdge(
                                a.sectionId(),
                                concept,
                                Math.min(a.line(), b.line()),
                                a.line() <= b.line() ? a.text() : b.text(),
                                a.line() <= b.line() ? a.form() : b.form(),
                                a.count() + b.count()));
            }
            out.add(new NoteGraph(
                    note.id(),
                    note.path(),
                    note.title(),
                    note.sha256(),
                    note.bytes(),
                    note.sections(),
                    List.copyOf(mentions.values())));
        }
        return List.copyOf(out);
    }

    /** A merged concept is mentioned in the notes of all its names: counted again from the mentions. */
    private List<ConceptNode> recountNotes(List<ConceptNode> concepts, List<NoteGraph> notes) {
        var merged = new HashSet<String>();
        parent.keySet().forEach(id -> merged.add(find(id)));
        if (merged.isEmpty()) {
            return List.copyOf(concepts);
        }
        var notesOf = new HashMap<String, Set<String>>();
        for (var note : notes) {
            for (var m : note.mentions()) {
                if (merged.contains(m.conceptId())) {
                    notesOf.computeIfAbsent(m.conceptId(), k -> new HashSet<>()).add(note.path());
                }
            }
        }
        return concepts.stream()
                .map(c -> merged.contains(c.id()) && notesOf.containsKey(c.id())
                        ? new ConceptNode(
                                c.id(),
                                c.name(),
                                c.aliases(),
                                c.summary(),
                                c.category(),
                                c.mentionCount(),
                                notesOf.get(c.id()).size())
                        : c)
                .toList();
    }

    /** Edges moved to their concepts' groups, merged when two become one, dropped at a dropped concept. */
    private LinkedHashMap<EdgeKey, ConceptEdge> edges(List<ConceptEdge> all, Set<String> gone) {
        var out = new LinkedHashMap<EdgeKey, ConceptEdge>();
        for (var e : all) {
            var source = find(e.source());
            var target = find(e.target());
            if (source.equals(target) || gone.contains(source) || gone.contains(target)) {
                continue;
            }
            if (!e.type().directed() && source.compareTo(target) > 0) {
                var swap = source;
                source = target;
                target = swap;
            }
            var moved = source.equals(e.source()) && target.equals(e.target())
                    ? e
                    : new ConceptEdge(source, target, e.type(), e.confidence(), e.weight(), e.methods(), e.evidence());
            out.merge(new EdgeKey(source, target, e.type()), moved, CorrectionsApplier::combine);
        }
        return out;
    }

    private static ConceptEdge combine(ConceptEdge a, ConceptEdge b) {
        var methods = new LinkedHashSet<>(a.methods());
        methods.addAll(b.methods());
        var stronger = a.confidence() >= b.confidence() ? a : b;
        var weaker = stronger == a ? b : a;
        var evidence = new LinkedHashSet<>(stronger.evidence());
        evidence.addAll(weaker.evidence());
        return new ConceptEdge(
                a.source(),
                a.target(),
                a.type(),
                Math.max(a.confidence(), b.confidence()),
                Math.max(a.weight(), b.weight()),
                List.copyOf(methods),
                List.copyOf(evidence));
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

    private String find(String id) {
        var p = parent.get(id);
        if (p == null) {
            return id;
        }
        var root = find(p);
        parent.put(id, root);
        return root;
    }

    /** b's group joins a's; a's root stays the root, so the first concept named keeps its id. */
    private void union(String a, String b) {
        var ra = find(a);
        var rb = find(b);
        if (!ra.equals(rb)) {
            parent.put(rb, ra);
        }
    }
}
