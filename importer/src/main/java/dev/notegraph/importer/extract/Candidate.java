package dev.notegraph.importer.extract;

/**
 * A surface form that may name a concept, where it was seen.
 *
 * @param form as written
 * @param note the note's path
 * @param section the section order in the note
 * @param line 1-based line
 * @param source what kind of evidence
 */
record Candidate(String form, String note, int section, int line, Source source) {}
