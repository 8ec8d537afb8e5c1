package dev.notegraph.importer.source;

/**
 * One note file, read and decoded.
 *
 * @param path the note's path relative to the notes folder, with {@code /} separators
 * @param text the decoded text, line endings as in the file
 * @param sha256 hex SHA-256 of the file's bytes, to skip unchanged notes
 * @param bytes the file's size
 */
public record NoteSource(String path, String text, String sha256, long bytes) {}
