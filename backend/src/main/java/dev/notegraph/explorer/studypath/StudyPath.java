package dev.notegraph.explorer.studypath;

import dev.notegraph.explorer.concept.ConceptView;
import dev.notegraph.explorer.concept.EdgeView;
import java.util.List;

/**
 * The prerequisites of a target, in study order, target last.
 *
 * @param known the concepts left out because the learner knows them
 */
record StudyPath(ConceptView target, List<Step> steps, List<String> known) {

    /** One concept to study, and the prerequisite edges that put it on the path. */
    record Step(ConceptView concept, List<EdgeView> because) {}
}
