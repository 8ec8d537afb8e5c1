package dev.notegraph.importer.corrections;

import dev.notegraph.importer.model.ConceptEdge;
import dev.notegraph.importer.model.ConceptNode;
import dev.notegraph.importer.model.Evidence;
import dev.notegraph.importer.model.MentionEdge;
import dev.notegraph.importer.model.NoteGraph;
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

/**
 * The concepts a learner said are one, as groups under the id of the first one named, and the graph moved onto
 * them: concepts merged (names united), mentions and edges moved, what touches a dropped concept left out.
 */
final class ConceptGroups {

    private final Map<String, String> parent = new HashMap<>();

    String find(String id) {
        var p = parent.get(id);
        if (p == null) {
            return id;
        }
        var root = find(p);
        parent.put(id, root);
        return root;
    }

    /** b's group joins a's; a's root stays the root, so the first concept named keeps its id. */
    void union(String a, String b) {
        var ra = find(a);
        var rb = find(b);
        if (!ra.equals(rb)) {
            parent.put(rb, ra);
        }
    }

    /** Merged concepts under their group's first id; dropped ones left out; the order of the analysis kept. */
    List<ConceptNode> concepts(List<ConceptNode> all, Set<String> gone) {
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
    List<NoteGraph> notes(List<NoteGraph> notes, Set<String> gone) {
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
    List<ConceptNode> recountNotes(List<ConceptNode> concepts, List<NoteGraph> notes) {
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
    LinkedHashMap<CorrectionsApplier.EdgeKey, ConceptEdge> edges(List<ConceptEdge> all, Set<String> gone) {
        var out = new LinkedHashMap<CorrectionsApplier.EdgeKey, ConceptEdge>();
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
            out.merge(new CorrectionsApplier.EdgeKey(source, target, e.type()), moved, ConceptGroups::combine);
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
}
