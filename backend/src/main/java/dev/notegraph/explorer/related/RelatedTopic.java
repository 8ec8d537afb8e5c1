package dev.notegraph.explorer.related;

import dev.notegraph.explorer.concept.ConceptView;
import java.util.List;

/** A concept related to another, with a score in 0..1 and sentences saying why. */
record RelatedTopic(ConceptView concept, double score, List<String> reasons) {}
