package dev.notegraph.importer.parse;

/**
 * Inline markup that often marks a term.
 *
 * @param line 1-based line in the note
 * @param kind the markup
 * @param text the span's text without markup
 */
public record InlineSpan(int line, Kind kind, String text) {

    /** Inline markup kinds. */
    public enum Kind {
        STRONG,
        EMPHASIS,
        CODE,
        LINK
    }
}
