package dev.notegraph.importer.extract;

import dev.notegraph.schema.ConceptRelation;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A weak prior for PREREQUISITE_OF: notes introduce a concept before the ones built on it, so the concept a
 * note mentions first gets a vote. Only co-occurring pairs with a net majority of notes are judged. Alone it is
 * weak evidence (almost every pair of co-occurring concepts has an order), so its confidence stays below the
 * study planner's floor: such an edge orders the graph and shows in a neighbourhood, but a study path follows
 * it only when another method found the same direction, which lifts the edge above the floor.
 */
final class DocumentOrder {

    private static final double BASE = 0.25;
    private static final double PER_VOTE = 0.05;
    private static final double CAP = 0.4;

    private final List<ConceptTable.Concept> concepts;
    private final Map<Integer, Map<Integer, Integer>> firstLine = new HashMap<>();
    private int notes;

    DocumentOrder(List<ConceptTable.Concept> concepts) {
        this.concepts = concepts;
    }

    /** Records where one note first mentions each concept. */
    void add(List<SectionMentions> sections) {
        var first = new HashMap<Integer, Integer>();
        for (var section : sections) {
            section.mentions().forEach((concept, m) -> first.merge(concept, m.line(), Math::min));
        }
        int note = notes++;
        first.forEach((concept, line) ->
                firstLine.computeIfAbsent(concept, k -> new HashMap<>()).put(note, line));
    }

    void emit(List<Cooccurrence.Kept> pairs, EdgeCollector edges) {
        for (var pair : pairs) {
            int votes = votes(pair.a(), pair.b());
            int before = votes > 0 ? pair.a() : pair.b();
            int after = votes > 0 ? pair.b() : pair.a();
            if (votes != 0) {
                double confidence = Math.min(CAP, BASE + PER_VOTE * (Math.abs(votes) - 1));
                edges.add(
                        ConceptRelation.PREREQUISITE_OF,
                        concepts.get(before).id(),
                        concepts.get(after).id(),
                        confidence,
                        "document-order",
                        pair.evidence());
            }
        }
    }

    /** Notes that mention a first minus notes that mention b first. */
    private int votes(int a, int b) {
        var linesA = firstLine.getOrDefault(a, Map.of());
        var linesB = firstLine.getOrDefault(b, Map.of());
        int votes = 0;
        for (var entry : linesA.entrySet()) {
            var lineB = linesB.get(entry.getKey());
            if (lineB != null && !lineB.equals(entry.getValue())) {
                votes += entry.getValue() < lineB ? 1 : -1;
            }
        }
        return votes;
    }
}
