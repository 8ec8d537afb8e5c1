package dev.notegraph.importer.extract;

import dev.notegraph.schema.Normalizer;

/** Keys for grouping spellings: TIME-WAIT, TIME_WAIT and time wait are one. */
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

    static String match(String form) {
        var key = Normalizer.key(form);
        var out = new StringBuilder(key.length());
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (c != '-' && c != '_' && c != '·' && c != '‐' && c != '–') {
                out.append(c);
            }
        }
        return out.toString();
    }
}
