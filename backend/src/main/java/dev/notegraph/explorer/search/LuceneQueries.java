package dev.notegraph.explorer.search;

import java.util.Locale;
import java.util.Set;

/** Turns user text into a Lucene query that matches it literally: no syntax, no operators. */
final class LuceneQueries {

    private static final String SPECIAL = "+-&|!(){}[]^\"~*?:\\/";
    private static final Set<String> OPERATORS = Set.of("AND", "OR", "NOT", "TO");

    private LuceneQueries() {}

    /** The text with every Lucene special character escaped and boolean operators made plain words. */
    static String literal(String text) {
        var out = new StringBuilder(text.length() + 8);
        for (var word : text.strip().split("\\s+")) {
            if (!out.isEmpty()) {
                out.append(' ');
            }
            var plain = OPERATORS.contains(word) ? word.toLowerCase(Locale.ROOT) : word;
            plain.codePoints().forEach(cp -> {
                if (cp < 128 && SPECIAL.indexOf(cp) >= 0) {
                    out.append('\\');
                }
                out.appendCodePoint(cp);
            });
        }
        return out.toString();
    }
}
