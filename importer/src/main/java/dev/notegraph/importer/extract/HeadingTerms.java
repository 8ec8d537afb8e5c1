package dev.notegraph.importer.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Splits a heading into the terms it names: {@code 进程、线程和协程的区别} names 进程, 线程, 协程. */
final class HeadingTerms {

    private static final String WORDS = "heading-words.tsv";
    private static final Pattern COMPARISON = Pattern.compile(WordList.alternation(WORDS, "comparison"));
    private static final Pattern NUMBERING =
            Pattern.compile("^\\s*(\\d+(\\.\\d+)*[.、)）]?|[一二三四五六七八九十]+[、.．]|[(（]\\d+[)）]|第[一二三四五六七八九十\\d]+[章节部分])\\s*");
    private static final Pattern SEPARATORS =
            Pattern.compile("\\s*(" + WordList.alternation(WORDS, "separator") + ")\\s*");
    private static final Pattern SUFFIX = Pattern.compile("(的)?(" + WordList.alternation(WORDS, "suffix") + ")$");
    private static final Pattern ENDING = Pattern.compile("(的)?(" + WordList.alternation(WORDS, "ending") + ")$");
    private static final Pattern BRACKETS = Pattern.compile("\\s*[（(][^（()）]*[)）]\\s*");
    private static final Pattern TRAILING = Pattern.compile("[?？。.!！:：\\s]+$");
    private static final Pattern QUESTION_TAIL =
            Pattern.compile("(" + WordList.alternation(WORDS, "question-tail") + ")$");
    private static final Pattern LATIN_HEAD = Pattern.compile("^([A-Za-z][a-z]{2,}[A-Za-z]*)\\s*(\\p{IsHan}{2,}.*)$");
    private static final Pattern PREFIX_DE = Pattern.compile("^(.{1,12}?)的(.+)$");

    private static final int LATIN_NAMED_HEAD = 4;

    private HeadingTerms() {}

    /** Whether a heading compares things, for CONTRASTS_WITH. */
    static boolean isComparison(String heading) {
        return COMPARISON.matcher(heading).find();
    }

    /**
     * The terms a heading names, most specific first; empty for question-like headings. An ending (问题, 分析) stays
     * where the note mostly writes the term with it.
     */
    static List<String> terms(String heading, NoteUsage usage) {
        var text = TRAILING.matcher(NUMBERING.matcher(heading).replaceFirst("")).replaceAll("");
        var out = new ArrayList<String>();
        for (var part : SEPARATORS.split(text)) {
            var term = clean(part, usage);
            var mixed = LATIN_HEAD.matcher(term);
            if (mixed.matches()) {
                // "Redis 持久化" is Redis and its 持久化, "Belady 异常" a name of its own: offer all three
                if (TermFilter.cjkCount(mixed.group(2)) <= LATIN_NAMED_HEAD) {
                    add(out, term);
                }
                add(out, mixed.group(1));
                add(out, clean(mixed.group(2), usage));
                continue;
            }
            var split = PREFIX_DE.matcher(term);
            if (split.matches() && TermFilter.cjkCount(term) > 3) {
                add(out, split.group(1));
                add(out, split.group(2));
            } else {
                add(out, term);
            }
        }
        return out;
    }

    /**
     * A term without numbering, generic suffixes (原理, 机制) and question tails (有哪些); an ending (问题, 分析) only
     * where the note mostly writes the term without it.
     */
    static String clean(String part, NoteUsage usage) {
        var term = TRAILING.matcher(NUMBERING
                        .matcher(BRACKETS.matcher(part.strip()).replaceAll(""))
                        .replaceFirst(""))
                .replaceAll("");
        term = QUESTION_TAIL.matcher(term).replaceAll("").strip();
        var suffix = SUFFIX.matcher(term);
        if (suffix.find()) {
            return term.substring(0, suffix.start()).strip();
        }
        var ending = ENDING.matcher(term);
        if (!ending.find()) {
            return term;
        }
        var shorter = term.substring(0, ending.start()).strip();
        return usage.standsAlone(Keys.match(shorter), Keys.match(term)) ? shorter : term;
    }

    private static void add(List<String> out, String term) {
        var t = TRAILING.matcher(term.strip()).replaceAll("");
        if (TermFilter.accepts(t) && !out.contains(t)) {
            out.add(t);
        }
    }
}
