package dev.notegraph.importer.extract;

import dev.notegraph.importer.model.Evidence;
import dev.notegraph.schema.ConceptRelation;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * PREREQUISITE_OF by definition scope: a concept the notes only ever mention while explaining one topic (under
 * its heading or label, e.g. TIME-WAIT only inside the steps of a connection's teardown) is a detail of that
 * topic, learned after it. A concept met outside that topic, or named by a heading or label itself, has a
 * standing of its own and gets no edge.
 */
final class TopicScope {

    private static final double CONFIDENCE = 0.55;
    private static final int NO_TOPIC = -1;

    private final List<ConceptTable.Concept> concepts;
    private final Map<Integer, Integer> scope = new HashMap<>();
    private final Map<Integer, Evidence> first = new HashMap<>();
    private final Set<Integer> topics = new HashSet<>();

    TopicScope(List<ConceptTable.Concept> concepts) {
        this.concepts = concepts;
    }

    /** A concept named by a heading or a label line. */
    void topic(int concept) {
        topics.add(concept);
    }

    /** A mention in prose under {@code topic} (null: no single topic). */
    void mention(int concept, Integer topic, Evidence evidence) {
        int where = topic == null ? NO_TOPIC : topic;
        if (where == concept) {
            return;
        }
        first.putIfAbsent(concept, evidence);
        scope.merge(concept, where, (a, b) -> a.equals(b) ? a : NO_TOPIC);
    }

    void emit(EdgeCollector edges) {
        scope.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            int concept = e.getKey();
            int topic = e.getValue();
            if (topic != NO_TOPIC && !topics.contains(concept)) {
                edges.add(
                        ConceptRelation.PREREQUISITE_OF,
                        concepts.get(topic).id(),
                        concepts.get(concept).id(),
                        CONFIDENCE,
                        "topic-scope",
                        first.get(concept));
            }
        });
    }
}
