package dev.notegraph.explorer.topic;

import dev.notegraph.explorer.concept.ConceptView;
import java.util.List;

/**
 * A topic: a community of the weighted concept graph.
 *
 * @param id the id of its most central concept, stable across re-imports of the same notes
 * @param label the name of that concept
 * @param size how many concepts it holds
 * @param concepts its concepts, most central first (all of them, or the first {@code conceptLimit} in a list)
 * @param bridges its concepts with the strongest links into other topics, strongest first
 */
record Topic(String id, String label, long size, List<ConceptView> concepts, List<ConceptView> bridges) {}
