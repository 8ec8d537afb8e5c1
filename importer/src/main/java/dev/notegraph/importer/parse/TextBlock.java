package dev.notegraph.importer.parse;

/**
 * One line of prose, cleaned of Markdown syntax, URLs and HTML.
 *
 * @param line 1-based line in the note
 * @param kind where it stands
 * @param text the cleaned text
 */
public record TextBlock(int line, Kind kind, String text) {

    /** The block kinds the extractor treats differently. */
    public enum Kind {
        HEADING,
        PARAGRAPH,
        LIST_ITEM,
        QUOTE,
        TABLE
    }
}
