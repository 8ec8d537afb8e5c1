package dev.notegraph.explorer.concept;

import java.util.List;

/** Concepts and the edges between them: a neighbourhood or a path. */
public record GraphViews(List<ConceptView> nodes, List<EdgeView> edges) {}
