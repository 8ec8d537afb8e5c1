package dev.notegraph.explorer.studypath;

import java.util.List;

/**
 * A concept a learner can study now: every prerequisite is known.
 *
 * @param unlocks how many concepts become learnable once this one is known too
 * @param leadsTo how many unknown concepts need this one, learnable now or not
 * @param prerequisites ids of its (all known) prerequisites; empty for a starting point
 */
record NextConcept(ConceptRef concept, int unlocks, int leadsTo, long mentionCount, List<String> prerequisites) {}
