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
    private static final double LABEL_RELATED = 0.55;
    private static final int MAX_LABEL_RUN = 12;

    private final List<ConceptTable.Concept> concepts;
    private final Map<Integer, Integer> scope = new HashMap<>();
    private final Map<Integer, Evidence> first = new HashMap<>();
    private final Set<Integer> topics = new HashSet<>();
    private final Map<Integer, Map<Integer, Evidence>> labelRuns = new HashMap<>();

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

    /** A mention in the lines a label introduces: what the label's explanation talks about. */
    void underLabel(int label, int concept, Evidence evidence) {
        if (label != concept) {
            labelRuns
                    .computeIfAbsent(label, k -> new java.util.LinkedHashMap<>())
                    .putIfAbsent(concept, evidence);
        }
    }

    /**
     * RELATED_TO between a label and what its lines discuss ("I/O密集型程序" then a line on GIL and threads);
     * a label whose lines name many concepts is a section in disguise and co-occurrence covers it.
     */
    void emitRelated(EdgeCollector edges) {
        labelRuns.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(run -> {
            if (run.getValue().size() <= MAX_LABEL_RUN) {
                run.getValue()
                        .forEach((concept, evidence) -> edges.add(
                                ConceptRelation.RELATED_TO,
                                concepts.get(run.getKey()).id(),
                                concepts.get(concept).id(),
                                LABEL_RELATED,
                                "label-run",
                                evidence));
            }
        });
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
