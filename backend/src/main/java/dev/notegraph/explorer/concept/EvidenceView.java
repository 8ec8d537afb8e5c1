package dev.notegraph.explorer.concept;

/** Where in the notes an edge comes from: the note's path, a 1-based line, the quoted text. */
public record EvidenceView(String note, long line, String text) {}
