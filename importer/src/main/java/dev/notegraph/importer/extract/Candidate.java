package dev.notegraph.importer.extract;

/**
 * A surface form that may name a concept, where it was seen.
 *
 * @param form as written, without the decoration around it (⭐️Spring 事务, “广播”, ⚠️注意 name Spring 事务, 广播, 注意)
 * @param note the note's path
 * @param section the section order in the note
 * @param line 1-based line
 * @param source what kind of evidence
 */
record Candidate(String form, String note, int section, int line, Source source) {

    Candidate {
        form = undecorated(form);
    }

    /** The form without emoji, symbols and quote marks at its ends: they mark a heading, they do not name. */
    static String undecorated(String form) {
        int start = 0;
        int end = form.length();
        while (start < end && decoration(form.codePointAt(start))) {
            start += Character.charCount(form.codePointAt(start));
        }
        while (end > start && decoration(form.codePointBefore(end))) {
            end -= Character.charCount(form.codePointBefore(end));
        }
        return start == 0 && end == form.length() ? form : form.substring(start, end);
    }

    private static boolean decoration(int c) {
        int type = Character.getType(c);
        return type == Character.OTHER_SYMBOL
                || type == Character.INITIAL_QUOTE_PUNCTUATION
                || type == Character.FINAL_QUOTE_PUNCTUATION
                || c == 0xFE0F
                || c == 0x200D
                || c == '"'
                || c == '「'
                || c == '」'
                || c == '『'
                || c == '』'
                || Character.isWhitespace(c)
                || Character.isSpaceChar(c);
    }
}
