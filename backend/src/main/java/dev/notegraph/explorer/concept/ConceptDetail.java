package dev.notegraph.explorer.concept;

import java.util.List;
import java.util.Optional;

/**
 * A concept with its defining sentence and where the notes mention it.
 *
 * @param summary a defining sentence from the notes, if any
 * @param summaryNote the note the summary comes from, if any
 * @param summaryLine its line, 0 if none
 * @param mentions every section that mentions the concept, by note path and line
 */
record ConceptDetail(
        String id,
        String name,
        List<String> aliases,
        String category,
        long mentionCount,
        long noteCount,
        Optional<String> summary,
        Optional<String> summaryNote,
        long summaryLine,
        List<Mention> mentions) {

    /** A mention: note path, the heading of the section, line and snippet, and the form used. */
    record Mention(String note, String noteId, String heading, long line, String text, String form) {}
}
