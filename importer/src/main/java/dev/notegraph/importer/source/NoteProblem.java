package dev.notegraph.importer.source;

/**
 * A note that could not be imported, with a one-line reason a user can act on.
 *
 * @param path the note's relative path
 * @param reason for example "not UTF-8, GBK or UTF-16 text" or "binary file (NUL bytes)"
 */
public record NoteProblem(String path, String reason) {}
