package dev.notegraph.importer.source;

import java.util.List;

/**
 * What a notes folder holds: the notes that could be read and decoded, and the files that could not.
 *
 * @param sources decoded notes, sorted by path
 * @param problems files that were skipped, each with a one-line reason, sorted by path
 */
public record NoteFiles(List<NoteSource> sources, List<NoteProblem> problems) {}
