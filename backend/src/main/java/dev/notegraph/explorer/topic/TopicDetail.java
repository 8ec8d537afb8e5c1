package dev.notegraph.explorer.topic;

import dev.notegraph.explorer.concept.ConceptView;
import java.util.List;

/** One topic with all its concepts and the topics it links to, most edges first. */
record TopicDetail(
        String id,
        String label,
        long size,
        List<ConceptView> concepts,
        List<ConceptView> bridges,
        List<Neighbour> links) {

    /** A topic linked to this one by {@code edges} relations. */
    record Neighbour(String id, String label, long size, long edges) {}
}
