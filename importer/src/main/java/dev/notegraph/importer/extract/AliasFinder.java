package dev.notegraph.importer.extract;

import com.hankcs.hanlp.HanLP;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds {@code 名称（English name，ABBR）} and {@code ABBR (中文名)}: the text outside the brackets and each part
 * inside, when they are written in different scripts, name one idea.
 */
final class AliasFinder {

    private static final java.util.regex.Pattern ENGLISH_ALIAS =
            java.util.regex.Pattern.compile("[A-Za-z][A-Za-z0-9_+\\-/. ]*");

    private static final Pattern LATIN_TAIL =
            Pattern.compile("(?<![\\p{IsLatin}0-9_])([A-Za-z][A-Za-z0-9_+\\-/. ]{0,40}[A-Za-z0-9+]|[A-Za-z])$");
    /** An acronym and a space before a Chinese name belong to it: AOF 重写, ABA 问题, CPU 缓存. */
    private static final Pattern ACRONYM_BEFORE = Pattern.compile("(?<![A-Za-z0-9_])([A-Z][A-Z0-9]{1,5} )$");

    private static final Pattern ACRONYM_LED = Pattern.compile("([A-Z][A-Z0-9]{1,5}) (\\p{IsHan}{1,6})");
    /** An abbreviation of upper-case letters, one per word of the name it shortens. */
    private static final Pattern ABBREVIATION = Pattern.compile("[A-Z]{2,6}");
    /** Examples and enumerations (、, …) list instances of the name, not other names for it. */
    private static final Pattern EXAMPLE = Pattern.compile(WordList.alternation("alias-words.tsv", "example"));

    private static final Pattern INNER_SPLIT = Pattern.compile("\\s*[，,、;；]\\s*|\\s+or\\s+|或");
    private static final Pattern LEAD_FUNCTION =
            Pattern.compile("^.*(" + WordList.alternation("alias-words.tsv", "clause-word") + ")");

    private static final Pattern FUNCTION = Pattern.compile("p.*|u.*|c.*|d.*|r.*|w.*|vshi|vyou|y|e|o|f|ule|uzhe");

    private AliasFinder() {}

    static List<AliasPair> find(String text, String note, int line) {
        var out = new ArrayList<AliasPair>();
        for (int open = 0; open < text.length(); open++) {
            char c = text.charAt(open);
            if (c != '（' && c != '(') {
                continue;
            }
            int close = closing(text, open);
            if (close < 0) {
                continue;
            }
            var outside = trimOutside(before(text, open));
            var inner = text.substring(open + 1, close).strip();
            // 需结合分区表（Range Partitioning）: the text before the bracket is the clause that leads to the name
            if (outside.isEmpty()
                    || !TermFilter.accepts(outside)
                    || !TermShape.glossable(outside)
                    || EXAMPLE.matcher(inner).find()) {
                continue;
            }
            var parts = INNER_SPLIT.split(inner);
            // a name has one Chinese translation; several Chinese parts describe it (复杂度增加，可靠性降低)
            if (java.util.Arrays.stream(parts)
                            .filter(p -> TermFilter.cjkCount(p) > 0)
                            .count()
                    > 1) {
                continue;
            }
            for (var part : parts) {
                var alias = part.strip();
                if (differentScripts(outside, alias)
                        && plausible(alias)
                        && (parts.length > 1 || spans(outside, alias))
                        && !everyday(outside, alias)) {
                    out.add(new AliasPair(outside, alias, note, line));
                }
            }
        }
        return out;
    }

    private static int closing(String text, int open) {
        for (int i = open + 1; i < text.length() && i <= open + 60; i++) {
            char c = text.charAt(i);
            if (c == '）' || c == ')') {
                return i;
            }
            if (c == '（' || c == '(') {
                return -1;
            }
        }
        return -1;
    }

    /** The term candidate right before an opening bracket: a Latin phrase or a run of CJK/term characters. */
    private static String before(String text, int open) {
        var head = text.substring(Math.max(0, open - 48), open);
        head = head.replaceAll("[”\"’\\s]+$", "");
        var latin = LATIN_TAIL.matcher(head);
        if (latin.find()) {
            return latin.group(1);
        }
        int start = head.length();
        while (start > 0 && head.length() - start < 16) {
            char c = head.charAt(start - 1);
            if (!(TermFilter.isCjk(c) || Character.isLetterOrDigit(c) || c == '-' || c == '+' || c == '/')) {
                break;
            }
            start--;
        }
        var acronym = ACRONYM_BEFORE.matcher(head.substring(0, start));
        return acronym.find() ? acronym.group(1) + head.substring(start) : head.substring(start);
    }

    private static String trimOutside(String raw) {
        var s = raw.strip();
        if (TermFilter.cjkCount(s) == 0) {
            return s;
        }
        var acronymLed = ACRONYM_LED.matcher(s);
        if (acronymLed.matches()) {
            // the acronym belongs to the name only when nothing of the name was clause (TCP 是面向字节流)
            var name = acronymLed.group(2);
            var trimmed = trimOutside(name);
            return trimmed.equals(name) ? s : trimmed;
        }
        // keep the term right before the bracket: drop the clause that leads up to it
        var lead = LEAD_FUNCTION.matcher(s);
        if (lead.find()) {
            // 是一个（is-a）: function words all the way to the bracket name nothing
            if (lead.end() == s.length()) {
                return "";
            }
            s = s.substring(lead.end());
        }
        if (TermFilter.cjkCount(s) > 4) {
            s = trailingNounPhrase(s);
        }
        int start = 0;
        for (int i = 0; i < s.length(); i++) {
            if (!TermFilter.isCjk(s.charAt(i))
                    && !Character.isLetterOrDigit(s.charAt(i))
                    && "-+/".indexOf(s.charAt(i)) < 0) {
                start = i + 1;
            }
        }
        s = s.substring(start);
        return TermFilter.cjkCount(s) > 8 ? "" : s;
    }

    /** The nouns at the end of a clause: 将语法树转换为字节码 ends in 字节码. */
    private static String trailingNounPhrase(String text) {
        var terms = HanLP.segment(text);
        var out = new StringBuilder();
        for (int i = terms.size() - 1; i >= 0; i--) {
            var nature = terms.get(i).nature.toString();
            var word = terms.get(i).word;
            boolean content = !FUNCTION.matcher(nature).matches();
            if (!content || TermFilter.cjkCount(out.toString()) + TermFilter.cjkCount(word) > 8) {
                break;
            }
            out.insert(0, word);
        }
        return out.toString();
    }

    private static boolean plausible(String alias) {
        int cjk = TermFilter.cjkCount(alias);
        if (cjk > 0) {
            return cjk <= 8 && alias.length() <= 12 && TermFilter.accepts(alias) && TermShape.ok(alias);
        }
        return ENGLISH_ALIAS.matcher(alias).matches() && alias.split(" ").length <= 4 && TermFilter.accepts(alias);
    }

    /**
     * Whether a Chinese name is long enough for the abbreviation beside it: each letter stands for a word of at
     * least one character, so 存储（TLS） took only the tail of 线程本地存储.
     */
    private static boolean spans(String outside, String alias) {
        var chinese = TermFilter.cjkCount(outside) > 0 ? outside : alias;
        var latin = chinese == outside ? alias : outside;
        return !ABBREVIATION.matcher(latin).matches() || TermFilter.cjkCount(chinese) >= latin.length();
    }

    /** 支持（RDB/AOF）, 开始（PEP 585）: a common word before a bracket is the sentence's, not a name glossed. */
    private static boolean everyday(String outside, String alias) {
        return TermShape.generalWord(TermFilter.cjkCount(outside) > 0 ? outside : alias);
    }

    private static boolean differentScripts(String a, String b) {
        return (TermFilter.cjkCount(a) > 0) != (TermFilter.cjkCount(b) > 0);
    }
}
