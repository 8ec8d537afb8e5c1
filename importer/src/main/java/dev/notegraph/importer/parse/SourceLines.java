package dev.notegraph.importer.parse;

import java.util.Arrays;

/** The note's source split into lines, with offset-to-line lookup. */
final class SourceLines {

    private final String[] lines;
    private final int[] starts;

    SourceLines(String text) {
        this.lines = text.split("\r\n|\r|\n", -1);
        this.starts = new int[lines.length];
        int offset = 0;
        for (int i = 0; i < lines.length; i++) {
            starts[i] = offset;
            offset += lines[i].length();
            if (offset < text.length() && text.charAt(offset) == '\r') {
                offset++;
            }
            if (offset < text.length() && text.charAt(offset) == '\n') {
                offset++;
            }
        }
    }

    int count() {
        return lines.length;
    }

    /** 1-based line of a character offset. */
    int lineOf(int offset) {
        int index = Arrays.binarySearch(starts, offset);
        return (index >= 0 ? index : -index - 2) + 1;
    }

    /** 1-based line's text. */
    String line(int line) {
        return lines[line - 1];
    }

    String join(int from, int to) {
        return String.join("\n", Arrays.asList(lines).subList(from - 1, Math.min(to, lines.length)));
    }
}
