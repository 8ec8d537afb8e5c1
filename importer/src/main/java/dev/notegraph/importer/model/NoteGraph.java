package dev.notegraph.importer.model;

import dev.notegraph.schema.ConceptIds;
import java.util.List;

/**
 * One note's own facts: replaced as a whole when the note changes.
 *
 * @param id stable id derived from the path ({@link #idFor(String)})
 * @param path relative path with {@code /} separators
 * @param title front-matter title, else the first H1, else the file name
 * @param sha256 hex SHA-256 of the file's bytes
 * @param bytes file size
 * @param sections every section, the level-0 root (the note itself) first, in document order
 * @param mentions section-to-concept mentions
 */
public record NoteGraph(
        String id,
        String path,
        String title,
        String sha256,
        long bytes,
        List<SectionNode> sections,
        List<MentionEdge> mentions) {

    /** The note id for a relative path. */
    public static String idFor(String path) {
        return ConceptIds.shortHash(path);
    }
}
