package dev.notegraph.importer.parse;

/**
 * One line of prose, cleaned of Markdown syntax, URLs and HTML.
 *
 * @param line 1-based line in the note
 * @param kind where it stands
 * @param text the cleaned text; a table row's cells are joined by {@link #CELL_SEPARATOR}
 */
public record TextBlock(int line, Kind kind, String text) {

    /** Between the cells of a table row's text. */
    public static final String CELL_SEPARATOR = " | ";

    /** The block kinds the extractor treats differently. */
    public enum Kind {
        HEADING,
        PARAGRAPH,
        LIST_ITEM,
        QUOTE,
        TABLE
    }
}
