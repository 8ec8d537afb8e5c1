package dev.notegraph.importer.model;

import java.util.Optional;

/**
 * A heading and the lines up to the next heading; level 0 is the note itself (line 1).
 *
 * @param id {@code noteId + "-" + order}
 * @param order position in the note, 0 for the root
 * @param level heading level 1..6, 0 for the root
 * @param heading heading text without Markdown markup
 * @param line 1-based line of the heading
 * @param endLine last line before the next heading
 * @param parentId the enclosing section; empty for the root
 * @param markdown the section's own Markdown source (without its subsections), for display
 */
public record SectionNode(
        String id,
        int order,
        int level,
        String heading,
        int line,
        int endLine,
        Optional<String> parentId,
        String markdown) {}
