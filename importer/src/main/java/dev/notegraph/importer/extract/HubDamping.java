package dev.notegraph.importer.extract;

import dev.notegraph.importer.model.ConceptEdge;
import dev.notegraph.schema.ConceptRelation;
import java.util.List;
import java.util.Map;

/**
 * A concept that a fifth of all notes mention (Java, 数据库, 服务器) is a topic of the whole collection, not a step
 * on the way to one concept: its prerequisite edges count half, so a study path takes it only on strong, local
 * evidence. Measured on the whole corpus against the corpus labels, this keeps paths on their target; below a
 * few dozen notes no concept is a hub, as a share of a handful of notes says nothing.
 */
final class HubDamping {

    private static final double HUB_SHARE = 0.2;
    private static final int MIN_HUB_NOTES = 20;
    private static final double FACTOR = 0.5;

    private HubDamping() {}

    /** @param notesOf concept id to how many notes mention it */
    static List<ConceptEdge> apply(List<ConceptEdge> edges, Map<String, Integer> notesOf, int notes) {
        double hub = Math.max(MIN_HUB_NOTES, HUB_SHARE * notes);
        return edges.stream()
                .map(e -> e.type() == ConceptRelation.PREREQUISITE_OF && notesOf.getOrDefault(e.source(), 0) > hub
                        ? damped(e)
                        : e)
                .toList();
    }

    private static ConceptEdge damped(ConceptEdge e) {
        return new ConceptEdge(
                e.source(),
                e.target(),
                e.type(),
                Math.round(e.confidence() * FACTOR * 1000) / 1000.0,
                Math.round(e.weight() * FACTOR * 1000) / 1000.0,
                e.methods(),
                e.evidence());
    }
}
