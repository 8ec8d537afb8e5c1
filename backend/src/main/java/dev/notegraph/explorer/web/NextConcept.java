package dev.notegraph.explorer.web;

import java.util.List;

/**
 * A concept a learner can study now: every prerequisite is known.
 *
 * @param unlocks how many concepts become learnable once this one is known too
 * @param prerequisites ids of its (all known) prerequisites; empty for a starting point
 */
record NextConcept(ConceptRef concept, int unlocks, long mentionCount, List<String> prerequisites) {}
