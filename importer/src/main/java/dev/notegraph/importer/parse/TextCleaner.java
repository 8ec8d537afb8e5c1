package dev.notegraph.importer.parse;

import java.util.regex.Pattern;

/** Turns one Markdown source line into plain prose: no URLs, images, HTML, markers or emphasis marks. */
final class TextCleaner {

    // Bounded possessive repeats: with "*" an unclosed "![x](" or "<a " scanned to the end of the line (and back)
    // at every start, so a 1 MB line of them took hours. Possessive changes nothing else: each class excludes
    // the character that must follow it. No real link text, target or tag is longer than the bounds.
    private static final Pattern COMMENT = Pattern.compile("<!--.*?(-->|$)");
    private static final Pattern IMAGE = Pattern.compile("!\\[[^\\]]{0,1000}+]\\([^)]{0,1000}+\\)");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]]{0,1000}+)]\\([^)]{0,1000}+\\)");
    private static final Pattern REF_LINK = Pattern.compile("\\[([^\\]]{0,1000}+)]\\[[^\\]]{0,1000}+]");
    private static final Pattern URL = Pattern.compile("<?(https?|ftp)://[\\w\\-./?%&=#:~+@!$,;*()\\[\\]]*>?");
    private static final Pattern WWW = Pattern.compile("www\\.[\\w\\-.]{1,253}\\.[a-z]{2,}[\\w\\-./?%&=#]*");
    private static final Pattern TAG = Pattern.compile("</?[a-zA-Z][^>]{0,1000}+>");
    /** A relative path to a file (docs/ai/rag/graphrag.md) names the file, not what its words mean. */
    private static final Pattern FILE_PATH =
            Pattern.compile("(?<![\\w/.])(?:[\\w.\\-]{1,100}+/){1,20}+[\\w\\-]{1,100}+\\.[A-Za-z]{1,5}(?![\\w/])");

    private static final Pattern LEADING =
            Pattern.compile("^\\s*(>\\s?)*\\s*(#{1,6}\\s*|[-*+]\\s+(\\[[ xX]]\\s+)?|\\d{1,3}[.)、]\\s*)?");
    private static final Pattern MARKS = Pattern.compile("\\*\\*|__|~~|`+");
    private static final Pattern CODE_SPAN = Pattern.compile("(`+)(.+?)\\1");

    private TextCleaner() {}

    static String clean(String line) {
        if (line.strip().startsWith(":::")) {
            return "";
        }
        return cleanInline(LEADING.matcher(line).replaceFirst(""));
    }

    /** Like {@link #clean(String)} for text that has no block markers, such as a heading's. */
    static String cleanInline(String line) {
        var text = COMMENT.matcher(line).replaceAll(" ");
        text = IMAGE.matcher(text).replaceAll(" ");
        text = LINK.matcher(text).replaceAll("$1");
        text = REF_LINK.matcher(text).replaceAll("$1");
        text = URL.matcher(text).replaceAll(" ");
        text = WWW.matcher(text).replaceAll(" ");
        text = TAG.matcher(text).replaceAll(" ");
        text = FILE_PATH.matcher(text).replaceAll(" ");
        text = unmark(text);
        if (text.indexOf('|') >= 0) {
            text = text.replace('|', ' ');
        }
        return text.strip();
    }

    /** Drops emphasis marks and backticks, but not what a code span holds: `__init__` keeps its underscores. */
    private static String unmark(String text) {
        if (text.indexOf('`') < 0) {
            return MARKS.matcher(text).replaceAll("");
        }
        var out = new StringBuilder(text.length());
        var code = CODE_SPAN.matcher(text);
        int at = 0;
        while (code.find()) {
            out.append(MARKS.matcher(text.substring(at, code.start())).replaceAll(""));
            out.append(code.group(2));
            at = code.end();
        }
        out.append(MARKS.matcher(text.substring(at)).replaceAll(""));
        return out.toString();
    }
}
