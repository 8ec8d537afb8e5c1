package dev.notegraph.importer.extract;

import dev.notegraph.schema.Normalizer;
import java.util.Set;
import java.util.regex.Pattern;

/** Rejects forms that are not concept names: stop words, generic nouns, numbers, code, sentences. */
final class TermFilter {

    private static final java.util.regex.Pattern BRACKETED = java.util.regex.Pattern.compile(".*[（）()\\[\\]【】《》<>].*");
    private static final java.util.regex.Pattern CLAUSE_END = java.util.regex.Pattern.compile(".*[是为有在或及+=]$");
    private static final java.util.regex.Pattern PRINTABLE_ASCII = java.util.regex.Pattern.compile("[\\x20-\\x7E]+");
    private static final java.util.regex.Pattern HAS_DIGIT = java.util.regex.Pattern.compile(".*\\d.*");
    private static final java.util.regex.Pattern DIGITS_THEN_LETTER = java.util.regex.Pattern.compile("\\d*[A-Za-z].*");
    private static final java.util.regex.Pattern LETTERS_DIGITS = java.util.regex.Pattern.compile("[a-z]+\\d+");

    private static final Set<String> STOP = WordList.rows("stop-words.txt").stream()
            .map(r -> Normalizer.key(r.get(0)))
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    private static final Pattern NUMBERISH = Pattern.compile("[\\d\\p{Punct}\\s.%×x*+\\-/=<>()（）:：,，。]*");
    private static final Pattern CODEISH = Pattern.compile(".*([=;{}\\[\\]\"'<>]|\\(.*\\)|\\s{2,}|->|::|//|#).*");
    private static final Pattern SENTENCE = Pattern.compile(".*[，。；！？,;!?：:、].*");
    private static final Pattern QUESTION =
            Pattern.compile(".*(" + WordList.alternation("term-filter.tsv", "question") + ").*");
    private static final Pattern ASCII_ID = Pattern.compile("[A-Za-z][A-Za-z0-9]*");

    private TermFilter() {}

    // the same forms come back from every note; the answer depends on the form alone
    private static final java.util.Map<String, Boolean> ACCEPTED = new java.util.concurrent.ConcurrentHashMap<>();

    /** Whether a form could name a concept at all. */
    static boolean accepts(String form) {
        return ACCEPTED.computeIfAbsent(form, TermFilter::judge);
    }

    private static boolean judge(String form) {
        // judged as it will be named: ☆☆☆参考链接 is 参考链接
        var f = Candidate.undecorated(form);
        if (f.isEmpty() || NUMBERISH.matcher(f).matches()) {
            return false;
        }
        var key = Normalizer.key(f);
        if (STOP.contains(key)) {
            return false;
        }
        if (CODEISH.matcher(f).matches()
                || SENTENCE.matcher(f).matches()
                || QUESTION.matcher(f).matches()) {
            return false;
        }
        if (BRACKETED.matcher(f).matches()) {
            return false;
        }
        int cjk = cjkCount(f);
        if (cjk == 0) {
            return acceptsLatin(f);
        }
        return cjk <= 12
                && f.length() <= 24
                && !f.contains("的")
                && !CLAUSE_END.matcher(f).matches()
                && (cjk >= 2 || f.length() >= 2)
                && !f.startsWith("的")
                && !f.endsWith("的");
    }

    private static boolean acceptsLatin(String f) {
        if (!PRINTABLE_ASCII.matcher(f).matches() || f.length() < 2 || f.length() > 40 || f.split(" ").length > 4) {
            return false;
        }
        if (HAS_DIGIT.matcher(f).matches() && !DIGITS_THEN_LETTER.matcher(f).matches()) {
            return false;
        }
        // list1, a2, x86 stay out unless they are upper-case product names
        if (ASCII_ID.matcher(f).matches() && LETTERS_DIGITS.matcher(f).matches()) {
            return false;
        }
        return !f.contains("http") && !f.contains(".com") && !f.contains("www.");
    }

    private static final Pattern CLAUSE_LIKE =
            Pattern.compile("^(" + WordList.alternation("term-filter.tsv", "clause-lead") + ").*|.*("
                    + WordList.alternation("term-filter.tsv", "clause-word") + ").*");

    /** Whether a short list item reads as a term rather than a clause. */
    static boolean termLike(String text) {
        return accepts(text) && !CLAUSE_LIKE.matcher(text).matches();
    }

    static int cjkCount(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            if (isCjk(text.charAt(i))) {
                n++;
            }
        }
        return n;
    }

    static boolean isCjk(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }
}
