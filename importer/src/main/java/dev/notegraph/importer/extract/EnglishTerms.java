package dev.notegraph.importer.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * English technical terms in Chinese prose, kept whole: {@code TIME-WAIT}, {@code epoll_wait}, {@code B+树},
 * {@code 2MSL}. In lines that are mostly English only marked terms count (acronyms, CamelCase, snake_case).
 */
final class EnglishTerms {

    private static final java.util.regex.Pattern DOTTED_WORD =
            java.util.regex.Pattern.compile(".*[A-Za-z]\\.[A-Za-z].*");

    // a word with letters beyond ASCII (Pokémon) is no English term, and no piece of it (mon) is one
    private static final Pattern TOKEN = Pattern.compile(
            "(?<![\\p{IsLatin}0-9_\\-./])(\\d*[A-Za-z][A-Za-z0-9]*(?:[_\\-+.][A-Za-z0-9]+)*\\+*)(?![\\p{IsLatin}0-9_])");
    private static final Pattern MARKED = Pattern.compile(
            "\\d*[A-Z]{2,}[A-Za-z0-9]*|[A-Z][a-z]+[A-Z][A-Za-z0-9]*|[a-z]+[A-Z][A-Za-z0-9]*|[A-Za-z0-9]+(_[A-Za-z0-9]+)+|[A-Z]+(-[A-Z]+)+");

    private static final Pattern IDENTIFIER = Pattern.compile("[a-z]+[A-Z][A-Za-z0-9]*");

    /** Acronyms, CamelCase, snake_case and TIME-WAIT: technical whatever the context. */
    static boolean marked(String token) {
        return MARKED.matcher(token).matches();
    }

    /**
     * A lowerCamelCase name is a program's identifier (aMethod, userName): technical, but a concept only when the
     * notes say more of it than its name.
     */
    static boolean identifier(String token) {
        return IDENTIFIER.matcher(token).matches();
    }

    List<String> find(String text) {
        var out = new ArrayList<String>();
        boolean chinese = TermFilter.cjkCount(text) * 3 >= text.length() / 2;
        var m = TOKEN.matcher(text);
        while (m.find()) {
            var token = m.group(1);
            if (token.endsWith(".")) {
                token = token.substring(0, token.length() - 1);
            }
            if (token.contains(".") && !DOTTED_WORD.matcher(token).matches()) {
                continue;
            }
            if ((chinese || MARKED.matcher(token).matches()) && TermFilter.accepts(token)) {
                out.add(token);
            }
        }
        return out;
    }
}
