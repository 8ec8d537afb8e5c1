package dev.notegraph.importer.extract;

import dev.notegraph.schema.Normalizer;

/** Keys for grouping spellings: TIME-WAIT, TIME_WAIT and time wait are one, and so are I/O and IO; __get__ is not get. */
final class Keys {

    private static final java.util.Map<Character, String> CJK = new java.util.concurrent.ConcurrentHashMap<>();
    private static final String[] ASCII = new String[128];

    static {
        for (char c = 0; c < 128; c++) {
            ASCII[c] =
                    c == '-' || c == '_' || Character.isWhitespace(c) ? "" : String.valueOf(Character.toLowerCase(c));
        }
    }

    private Keys() {}

    /** One character folded as {@link #match(String)} folds it: empty when dropped. */
    static String fold(char c) {
        if (c < 128) {
            return ASCII[c];
        }
        if (TermFilter.isCjk(c)) {
            return CJK.computeIfAbsent(c, String::valueOf);
        }
        return match(String.valueOf(c));
    }

    /** The character at {@code i} folded in its context: like {@link #fold(char)}, and a slash between Latin letters dropped. */
    static String foldAt(CharSequence text, int i) {
        char c = text.charAt(i);
        if (c == '/' && i > 0 && i + 1 < text.length() && latin(text.charAt(i - 1)) && latin(text.charAt(i + 1))) {
            return "";
        }
        if (c == '_') {
            return joins(text, i) ? "" : "_";
        }
        return fold(c);
    }

    /**
     * Whether an underscore joins two parts of one name (TIME_WAIT, tcp_tw_reuse), which spellings drop; one that
     * opens or closes a name stays, so Python's {@code __get__} is not the word get (HTTP GET, a map's get).
     */
    private static boolean joins(CharSequence text, int i) {
        return i > 0 && i + 1 < text.length() && alphanumeric(text.charAt(i - 1)) && alphanumeric(text.charAt(i + 1));
    }

    private static boolean alphanumeric(char c) {
        return c < 128 && Character.isLetterOrDigit(c);
    }

    static String match(String form) {
        var key = Normalizer.key(form);
        var out = new StringBuilder(key.length());
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (c == '/' || c == '_') {
                out.append(foldAt(key, i));
            } else if (c != '-' && c != '·' && c != '‐' && c != '–') {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean latin(char c) {
        return c < 128 && Character.isLetter(c);
    }
}
