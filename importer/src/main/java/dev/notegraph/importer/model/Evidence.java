package dev.notegraph.importer.model;

/**
 * A place in the notes: the note's relative path, a 1-based line and the quoted text.
 */
public record Evidence(String note, int line, String text) {}
