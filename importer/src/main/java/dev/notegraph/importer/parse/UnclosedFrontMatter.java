package dev.notegraph.importer.parse;

import java.util.regex.Pattern;

/**
 * flexmark reads a front matter block that is never closed to the end of the note, so a note whose first line is
 * {@code ---} without a closing {@code ---} lost every heading. Such an opener is blanked for parsing (same
 * length, so offsets and lines stay) and the rest is read as Markdown.
 */
final class UnclosedFrontMatter {

    private static final Pattern OPENER = Pattern.compile("\\A---[ \\t]*\\r?\\n");
    private static final Pattern CLOSER = Pattern.compile("^(---|\\.\\.\\.)[ \\t]*\\r?$", Pattern.MULTILINE);

    private UnclosedFrontMatter() {}

    static String defuse(String text) {
        var opener = OPENER.matcher(text);
        if (!opener.lookingAt()
                || CLOSER.matcher(text).region(opener.end(), text.length()).find()) {
            return text;
        }
        return " ".repeat(3) + text.substring(3);
    }
}
