package dev.notegraph.importer.extract;

import dev.notegraph.schema.Normalizer;

/** Keys for grouping spellings: TIME-WAIT, TIME_WAIT and time wait are one, and so are I/O and IO. */
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
        return fold(c);
    }

    static String match(String form) {
        var key = Normalizer.key(form);
        var out = new StringBuilder(key.length());
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (c == '/') {
                out.append(foldAt(key, i));
            } else if (c != '-' && c != '_' && c != '·' && c != '‐' && c != '–') {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean latin(char c) {
        return c < 128 && Character.isLetter(c);
    }
}
