package dev.notegraph.importer.write;

import dev.notegraph.importer.model.BrokenCycle;
import dev.notegraph.importer.model.ConceptEdge;
import dev.notegraph.importer.model.ConceptNode;
import dev.notegraph.importer.model.MentionEdge;
import dev.notegraph.schema.ConceptRelation;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The nodes and relationships the transactional writers would leave in an empty store, numbered for the batch
 * importer. Built from the same row builders those writers send as Cypher parameters, so both paths store the
 * same properties; their MATCH semantics (a row whose end is missing writes nothing) are kept here.
 */
final class BulkGraph {

    record Node(String label, Map<String, Object> properties) {}

    record Relationship(long start, long end, String type, Map<String, Object> properties) {}

    private final List<Node> nodes = new ArrayList<>();
    private final List<Relationship> relationships = new ArrayList<>();
    private final Map<String, Map<String, Long>> ids = new HashMap<>();

    private BulkGraph() {}

    static BulkGraph of(
            List<NoteFacts> notes,
            Instant importedAt,
            List<ConceptNode> concepts,
            List<ConceptEdge> edges,
            Map<String, List<String>> notPrerequisites,
            List<BrokenCycle> brokenCycles) {
        var graph = new BulkGraph();
        graph.addNotes(notes, importedAt);
        graph.addConcepts(notes, concepts, notPrerequisites);
        TermKeys.resolve(concepts).forEach(graph::addTerm);
        graph.addRelations(edges);
        brokenCycles.forEach(graph::addBrokenCycle);
        notes.forEach(facts -> facts.note().mentions().forEach(graph::addMention));
        return graph;
    }

    List<Node> nodes() {
        return nodes;
    }

    List<Relationship> relationships() {
        return relationships;
    }

    private void addNotes(List<NoteFacts> notes, Instant importedAt) {
        for (var facts : notes) {
            var note = facts.note();
            var row = new HashMap<>(NoteFactsWriter.noteRow(facts));
            row.put("importedAt", importedAt.atOffset(ZoneOffset.UTC));
            add("Note", note.id(), row);
            for (var section : note.sections()) {
                add("Section", section.id(), NoteFactsWriter.sectionRow(note.id(), section));
                relate("Note", note.id(), "HAS_SECTION", "Section", section.id(), Map.of());
            }
        }
        for (var facts : notes) {
            for (var section : facts.note().sections()) {
                section.parentId()
                        .ifPresent(parent ->
                                relate("Section", parent, "HAS_SUBSECTION", "Section", section.id(), Map.of()));
            }
        }
    }

    private void addConcepts(
            List<NoteFacts> notes, List<ConceptNode> concepts, Map<String, List<String>> notPrerequisites) {
        for (var concept : concepts) {
            add("Concept", concept.id(), ConceptLayerWriter.conceptRow(concept, notPrerequisites.get(concept.id())));
        }
        // A mentioned concept the layer does not describe keeps only its id, as the mention's MERGE left it.
        notes.stream()
                .flatMap(facts -> facts.note().mentions().stream())
                .map(m -> m.conceptId())
                .filter(id -> !ids.getOrDefault("Concept", Map.of()).containsKey(id))
                .distinct()
                .forEach(id -> add("Concept", id, Map.of("id", id)));
    }

    private void addMention(MentionEdge mention) {
        var properties = new HashMap<>(NoteFactsWriter.mentionRow(mention));
        properties.remove("sectionId");
        properties.remove("conceptId");
        relate("Section", mention.sectionId(), "MENTIONS", "Concept", mention.conceptId(), properties);
    }

    private void addTerm(String key, String conceptId) {
        if (id("Concept", conceptId) != null) {
            add("Term", key, Map.of("key", key));
            relate("Term", key, "NAMES", "Concept", conceptId, Map.of());
        }
    }

    private void addRelations(List<ConceptEdge> edges) {
        var byType = edges.stream()
                .map(ConceptLayerWriter::canonical)
                .collect(Collectors.groupingBy(ConceptEdge::type, LinkedHashMap::new, Collectors.toList()));
        byType.forEach((type, ofType) -> {
            // One relation per pair and type, the last edge's properties winning, as the relation writer does.
            var wanted = new LinkedHashMap<List<String>, Map<String, Object>>();
            ofType.forEach(edge -> wanted.put(List.of(edge.source(), edge.target()), RelationWriter.row(edge)));
            wanted.forEach((pair, row) -> relateConcepts(type.name(), pair.get(0), pair.get(1), row));
        });
    }

    private void addBrokenCycle(BrokenCycle broken) {
        var dropped = broken.dropped();
        relateConcepts(
                ConceptRelation.DROPPED_PREREQUISITE,
                dropped.source(),
                dropped.target(),
                BrokenCycleWriter.row(broken));
    }

    private void relateConcepts(String type, String source, String target, Map<String, Object> row) {
        var properties = new HashMap<>(row);
        properties.remove("source");
        properties.remove("target");
        relate("Concept", source, type, "Concept", target, properties);
    }

    private void add(String label, String key, Map<String, Object> properties) {
        var byKey = ids.computeIfAbsent(label, l -> new HashMap<>());
        if (!byKey.containsKey(key)) {
            byKey.put(key, (long) nodes.size());
            nodes.add(new Node(label, StoredValues.of(properties)));
        }
    }

    private void relate(
            String fromLabel, String from, String type, String toLabel, String to, Map<String, Object> properties) {
        var start = id(fromLabel, from);
        var end = id(toLabel, to);
        if (start != null && end != null) {
            relationships.add(new Relationship(start, end, type, StoredValues.of(properties)));
        }
    }

    private Long id(String label, String key) {
        return ids.getOrDefault(label, Map.of()).get(key);
    }
}
