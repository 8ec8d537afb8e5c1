package dev.notegraph.schema;

import java.text.Normalizer.Form;
import java.util.Locale;

/**
 * The one normalisation of names and aliases that import and search agree on: Unicode NFKC (full-width to
 * half-width), lower case, no white space, and no call brackets at the end: notes write a function both ways
 * ({@code isinstance()} and {@code isinstance}), and the importer names it without them.
 */
public final class Normalizer {

    private Normalizer() {}

    /** The search key of a name: {@code "Ｔime WAIT"} becomes {@code "timewait"}. */
    public static String key(String text) {
        var folded = java.text.Normalizer.normalize(text, Form.NFKC).toLowerCase(Locale.ROOT);
        var out = new StringBuilder(folded.length());
        folded.codePoints()
                .filter(cp -> !Character.isWhitespace(cp) && !Character.isSpaceChar(cp))
                .forEach(out::appendCodePoint);
        int end = out.length();
        if (end > 2 && out.charAt(end - 2) == '(' && out.charAt(end - 1) == ')') {
            out.setLength(end - 2);
        }
        return out.toString();
    }
}
