package dev.notegraph.importer.extract;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The concepts one section mentions, first occurrence and count, and those its heading names.
 *
 * @param note the note's path
 * @param order the section's order
 * @param mentions concept index to its first mention, in order of appearance
 */
record SectionMentions(String note, int order, Map<Integer, Mention> mentions) {

    SectionMentions(String note, int order) {
        this(note, order, new LinkedHashMap<>());
    }

    /**
     * A first mention.
     *
     * @param line 1-based line
     * @param text snippet
     * @param form surface form
     * @param count mentions in the section
     * @param inHeading whether the heading names it
     */
    record Mention(int line, String text, String form, int count, boolean inHeading) {}

    void add(int concept, int line, String text, String form, boolean heading) {
        mentions.merge(
                concept,
                new Mention(line, text, form, 1, heading),
                (a, b) -> new Mention(a.line(), a.text(), a.form(), a.count() + 1, a.inHeading() || b.inHeading()));
    }
}
