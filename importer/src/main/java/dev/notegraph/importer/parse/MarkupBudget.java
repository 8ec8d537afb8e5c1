package dev.notegraph.importer.parse;

/**
 * Keeps flexmark's inline parser linear. Each regex match it makes (after {@code ]}, {@code <}, {@code &}, a
 * backtick) copies the rest of the paragraph, so a paragraph of length L with n such characters costs n x L:
 * one 1 MB line of unmatched {@code [x](} took hours. In a blank-line block over the budget those characters
 * are blanked for parsing only; offsets and lines stay as they were, and the text read from the source does
 * too. Only inline markup (links, code spans) of such a block is lost.
 */
final class MarkupBudget {

    /** About 10 ms of copying; a real paragraph with 100 links in 5,000 characters costs 500,000. */
    static final long BUDGET = 20_000_000L;

    private MarkupBudget() {}

    static String defuse(String text) {
        char[] chars = null;
        int start = 0;
        while (start < text.length()) {
            int end = blockEnd(text, start);
            if (cost(text, start, end) > BUDGET) {
                chars = chars == null ? text.toCharArray() : chars;
                blank(chars, start, end);
            }
            start = end;
        }
        return chars == null ? text : new String(chars);
    }

    /** The end of the block starting at {@code start}: just after the next blank line, or the text's end. */
    private static int blockEnd(String text, int start) {
        int at = start;
        while (at < text.length()) {
            int newline = text.indexOf('\n', at);
            if (newline < 0) {
                return text.length();
            }
            int next = newline + 1;
            while (next < text.length() && (text.charAt(next) == ' ' || text.charAt(next) == '\r')) {
                next++;
            }
            if (next < text.length() && text.charAt(next) == '\n') {
                return next + 1;
            }
            at = newline + 1;
        }
        return text.length();
    }

    private static long cost(String text, int start, int end) {
        long markup = 0;
        for (int i = start; i < end; i++) {
            if (isCostly(text.charAt(i))) {
                markup++;
            }
        }
        return markup * (end - start);
    }

    private static void blank(char[] chars, int start, int end) {
        for (int i = start; i < end; i++) {
            if (isCostly(chars[i])) {
                chars[i] = ' ';
            }
        }
    }

    private static boolean isCostly(char c) {
        return c == ']' || c == '<' || c == '&' || c == '`';
    }
}
