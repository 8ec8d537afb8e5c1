package dev.notegraph.importer.model;

/**
 * A concept mentioned in a section: the first occurrence there.
 *
 * @param sectionId the section
 * @param conceptId the concept
 * @param line 1-based line in the note
 * @param text a short snippet around the mention, as written
 * @param form the surface form used (an alias, the name, another spelling)
 * @param count how often the concept is mentioned in that section
 */
public record MentionEdge(String sectionId, String conceptId, int line, String text, String form, int count) {}
