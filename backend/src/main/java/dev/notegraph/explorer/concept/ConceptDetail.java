package dev.notegraph.explorer.concept;

import java.util.List;
import java.util.Optional;

/**
 * A concept with its defining sentence and where the notes mention it.
 *
 * @param summary a defining sentence from the notes, if any
 * @param summaryNote the note the summary comes from, if any
 * @param summaryLine its line, 0 if none
 * @param mentions the sections that mention the concept, by note path and line, the first {@code mentionLimit}
 * @param mentionsTotal how many sections mention it: more than {@code mentions} holds when capped
 * @param topic the topic the concept is in, if any
 * @param unlocks the concepts it is a prerequisite of, transitively, nearest first (at most {@value
 *     Unlocks#MAX_UNLOCKS})
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
        List<Mention> mentions,
        long mentionsTotal,
        Optional<TopicRef> topic,
        List<Unlocks.Unlock> unlocks) {

    /** The topic a concept is in: its id and label. */
    record TopicRef(String id, String label) {}

    /** A mention: note path, the heading of the section, line and snippet, and the form used. */
    record Mention(String note, String noteId, String heading, long line, String text, String form) {}
}
