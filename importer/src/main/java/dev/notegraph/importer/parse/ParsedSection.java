package dev.notegraph.importer.parse;

/**
 * A heading and its own lines, up to the next heading; order 0 and level 0 is the note itself.
 *
 * @param order position in the note
 * @param level heading level, 0 for the root
 * @param heading heading text without markup (the note title for the root)
 * @param line 1-based line of the heading (1 for the root)
 * @param endLine last line before the next heading
 * @param parentOrder the enclosing section's order, -1 for the root
 * @param markdown the section's own Markdown source
 */
public record ParsedSection(
        int order, int level, String heading, int line, int endLine, int parentOrder, String markdown) {}
